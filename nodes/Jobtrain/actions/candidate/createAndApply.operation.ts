import { z } from 'zod';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import { encodeMultipart, type MultipartPart } from '../../../shared/multipart';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { labelsOf, validateInput } from '../../../shared/validate';
import { EMAIL_PATTERN, typeMessages } from '../../../shared/zodCompat';
import { jobtrainApplyFiles, type JobtrainEndpoint } from '../../jobtrain.api';
import { optionalText, requiredText } from '../../schemas';
import { readId } from '../../transport/ids';
import { readDocument } from './documentFile';
import { jobIdLocator } from './fields';

export const candidateSchema = z.object({
	firstName: requiredText('the candidate’s first name'),
	surname: requiredText('the candidate’s surname'),
	email: z
		.string(typeMessages({ required: 'is required: Jobtrain identifies candidates by email' }))
		.trim()
		.regex(EMAIL_PATTERN, 'must be a valid email address, e.g. name@example.co.uk'),
	postcode: optionalText.pipe(z.string().max(10, 'must be a postcode of at most 10 characters, e.g. "M1 1AE"').optional()),
	title: optionalText,
	phone: optionalText,
	mobile: optionalText,
	addressLine1: optionalText,
	addressLine2: optionalText,
	town: optionalText,
	county: optionalText,
	country: optionalText,
	source: optionalText,
});

export const description: INodeProperties[] = showOnlyFor({ resource: ['candidate'], operation: ['createAndApply'] }, [
	jobIdLocator,
	{
		displayName: 'First Name',
		name: 'firstName',
		type: 'string',
		required: true,
		default: '',
		description: 'The candidate’s first name',
	},
	{
		displayName: 'Surname',
		name: 'surname',
		type: 'string',
		required: true,
		default: '',
		description: 'The candidate’s surname',
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'name@email.com',
		description: 'Must be unique in Jobtrain: a second candidate with the same email is refused',
	},
	{
		displayName: 'Postcode',
		name: 'postcode',
		type: 'string',
		default: '',
		placeholder: 'M1 1AE',
		description: 'First name + surname + postcode must be unique in Jobtrain',
	},
	{
		displayName: 'CV Binary Field',
		name: 'cvBinaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The input binary field holding the CV; it must be under 1 MB',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Address Line 1',
				name: 'addressLine1',
				type: 'string',
				default: '',
				description: 'First line of the candidate’s address',
			},
			{
				displayName: 'Address Line 2',
				name: 'addressLine2',
				type: 'string',
				default: '',
				description: 'Second line of the candidate’s address',
			},
			{ displayName: 'Country', name: 'country', type: 'string', default: '', description: 'The candidate’s country' },
			{ displayName: 'County', name: 'county', type: 'string', default: '', description: 'The candidate’s county' },
			{
				displayName: 'Cover Letter Binary Field',
				name: 'coverLetterBinaryPropertyName',
				type: 'string',
				default: '',
				description: 'Input binary field holding a cover letter to attach; it must be under 1 MB',
			},
			{ displayName: 'Mobile', name: 'mobile', type: 'string', default: '', description: 'The candidate’s mobile number' },
			{ displayName: 'Phone', name: 'phone', type: 'string', default: '', description: 'The candidate’s phone number' },
			{
				displayName: 'Source',
				name: 'source',
				type: 'string',
				default: '',
				description: 'Where the candidate came from, e.g. the job board’s name',
			},
			{ displayName: 'Title', name: 'title', type: 'string', default: '', description: 'Mr, Mrs, Ms, Dr, …' },
			{ displayName: 'Town', name: 'town', type: 'string', default: '', description: 'The candidate’s town or city' },
		],
	},
]);

const labels = labelsOf(description);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	client: ApiClient<JobtrainEndpoint>,
): Promise<OperationOutput> {
	const jobId = readId(this, itemIndex, 'jobId', 'Job');
	const { coverLetterBinaryPropertyName, ...additional } = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const input: IDataObject = { ...additional };
	for (const name of ['firstName', 'surname', 'email', 'postcode']) input[name] = this.getNodeParameter(name, itemIndex, '');
	const candidate = validateInput(this.getNode(), candidateSchema, input, itemIndex, labels);

	const parts: MultipartPart[] = Object.entries(candidate)
		.filter(([, value]) => value !== undefined)
		.map(([name, value]) => ({ name, value: String(value) }));
	const cvField = String(this.getNodeParameter('cvBinaryPropertyName', itemIndex, 'data')).trim();
	const cv = await readDocument(this, itemIndex, cvField, { fieldLabel: 'CV Binary Field', document: 'CV', defaultFileName: 'cv' });
	parts.push({ name: jobtrainApplyFiles.cv, file: cv });
	if (typeof coverLetterBinaryPropertyName === 'string' && coverLetterBinaryPropertyName.trim() !== '') {
		const coverLetter = await readDocument(this, itemIndex, coverLetterBinaryPropertyName.trim(), {
			fieldLabel: 'Cover Letter Binary Field',
			document: 'cover letter',
			defaultFileName: 'cover-letter',
		});
		parts.push({ name: jobtrainApplyFiles.coverLetter, file: coverLetter });
	}

	const { body, contentType } = encodeMultipart(parts);
	const response = await client.request<IDataObject>('candidateApply', {
		pathParams: { jobId },
		body,
		headers: { 'Content-Type': contentType },
		itemIndex,
	});
	return { jobId, cvFileName: cv.fileName, ...response };
}
