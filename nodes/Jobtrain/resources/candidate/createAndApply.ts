import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { encodeMultipart, type MultipartPart } from '../../../shared/multipart';
import type { OperationDefinition } from '../../../shared/operation';
import { additionalFields } from '../../../shared/properties/collections';
import { labelsOf, validateInput } from '../../../shared/validate';
import { jobIdProperty, readId } from '../../fields/ids';
import { jobtrainApplyFiles, type JobtrainEndpoint } from '../../jobtrain.api';
import { candidateSchema } from '../../schemas';
import { readDocument } from './documentFile';

const text = (displayName: string, name: string, description: string, extra: Partial<INodeProperties> = {}): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	description,
	...extra,
});

const properties: INodeProperties[] = [
	jobIdProperty,
	text('First Name', 'firstName', 'The candidate’s first name', { required: true }),
	text('Surname', 'surname', 'The candidate’s surname', { required: true }),
	text('Email', 'email', 'Must be unique in Jobtrain: a second candidate with the same email is refused', {
		required: true,
		placeholder: 'name@email.com',
	}),
	text('Postcode', 'postcode', 'First name + surname + postcode must be unique in Jobtrain', { placeholder: 'M1 1AE' }),
	{
		displayName: 'CV Binary Field',
		name: 'cvBinaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The input binary field holding the CV; it must be under 1 MB',
	},
	additionalFields([
		text('Address Line 1', 'addressLine1', 'First line of the candidate’s address'),
		text('Address Line 2', 'addressLine2', 'Second line of the candidate’s address'),
		text('Country', 'country', 'The candidate’s country'),
		text('County', 'county', 'The candidate’s county'),
		text('Cover Letter Binary Field', 'coverLetterBinaryPropertyName', 'Input binary field holding a cover letter to attach; it must be under 1 MB'),
		text('Mobile', 'mobile', 'The candidate’s mobile number'),
		text('Phone', 'phone', 'The candidate’s phone number'),
		text('Source', 'source', 'Where the candidate came from, e.g. the job board’s name'),
		text('Title', 'title', 'Mr, Mrs, Ms, Dr, …'),
		text('Town', 'town', 'The candidate’s town or city'),
	]),
];

export const createAndApply: OperationDefinition<JobtrainEndpoint> = {
	value: 'createAndApply',
	name: 'Create and Apply',
	action: 'Create a candidate and apply to a job',
	description: 'Create a candidate and submit a direct application with their CV to a job',
	properties,
	async execute(itemIndex, client) {
		const jobId = readId(this, itemIndex, 'jobId', 'Job Name or ID');
		const { coverLetterBinaryPropertyName, ...additional } = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		const input: IDataObject = { ...additional };
		for (const name of ['firstName', 'surname', 'email', 'postcode']) input[name] = this.getNodeParameter(name, itemIndex, '');
		const candidate = validateInput(this.getNode(), candidateSchema, input, itemIndex, labelsOf(properties));

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
	},
};
