import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { DOCUMENT_FORMATS, readBinaryFile } from '../../../shared/binary';
import { showOnlyFor } from '../../../shared/displayOptions';
import { inputError } from '../../../shared/errors';
import { encodeMultipart, type MultipartPart } from '../../../shared/multipart';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { labelsOf, validateInput } from '../../../shared/validate';
import { JOBCASE_RESUME_MAX_BYTES, type JobcaseEndpoint } from '../../jobcase.api';
import { applicationEventSchema } from './send.schema';

const properties: INodeProperties[] = [
	{
		displayName: 'Job Source ID',
		name: 'jobSourceId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'x3js81mdz1',
		description: 'Jobcase’s identifier of the job posting, from the Jobcase XML job feed',
	},
	{ displayName: 'First Name', name: 'firstName', type: 'string', required: true, default: '', description: 'Applicant’s first name' },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', required: true, default: '', description: 'Applicant’s last name' },
	{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', required: true, default: '', description: 'Applicant’s email address' },
	{ displayName: 'Phone Number', name: 'phoneNumber', type: 'string', required: true, default: '', description: 'Applicant’s phone number' },
	{ displayName: 'User IP', name: 'userIp', type: 'string', required: true, default: '', placeholder: '203.0.113.7', description: 'IP address the applicant applied from' },
	{
		displayName: 'Attach Resume',
		name: 'attachResume',
		type: 'boolean',
		default: false,
		description: 'Whether to send the applicant’s resume file (at most 5 MB) from a binary field',
	},
	{
		displayName: 'Resume Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		displayOptions: { show: { attachResume: [true] } },
		hint: 'The name of the input binary field containing the resume',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Jobcase Profile URL',
				name: 'jobcaseProfileUrl',
				type: 'string',
				default: '',
				description: 'URL of the applicant’s Jobcase member profile',
			},
			{
				displayName: 'Original Source',
				name: 'originalSource',
				type: 'string',
				default: '',
				description: 'Where the applicant originally applied; your identifier',
			},
			{
				displayName: 'User Agent',
				name: 'userAgent',
				type: 'string',
				default: '',
				description: 'The applicant’s browser user agent; helps Jobcase tell people from bots',
			},
		],
	},
];

export const description: INodeProperties[] = showOnlyFor({ resource: ['applicationEvent'], operation: ['send'] }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const jobSourceId = String(this.getNodeParameter('jobSourceId', itemIndex, '')).trim();
	if (!jobSourceId) throw inputError(this.getNode(), itemIndex, 'Job Source ID', 'is required', 'Enter the job identifier from the Jobcase XML feed.');
	const input: IDataObject = {};
	for (const name of ['firstName', 'lastName', 'email', 'phoneNumber', 'userIp']) input[name] = this.getNodeParameter(name, itemIndex);
	const extra = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	for (const [key, value] of Object.entries(extra)) if (value !== '') input[key] = value;
	const fields = validateInput(this.getNode(), applicationEventSchema, input, itemIndex, labelsOf(properties));
	const pathParams = { jobSourceId };

	if (!this.getNodeParameter('attachResume', itemIndex, false)) {
		return await client.request<IDataObject>('applicationEventSend', { pathParams, body: fields, itemIndex });
	}
	const resume = await readBinaryFile(this, itemIndex, this.getNodeParameter('binaryPropertyName', itemIndex) as string, {
		maxBytes: JOBCASE_RESUME_MAX_BYTES,
		fieldLabel: 'Resume Binary Field',
		defaultFileName: 'resume',
		rule: { what: 'a resume', provider: 'Jobcase', formats: DOCUMENT_FORMATS, maxBytes: JOBCASE_RESUME_MAX_BYTES, limitSource: 'Jobcase’s documented limit' },
	});
	const parts: MultipartPart[] = Object.entries(fields)
		.filter(([, value]) => value !== undefined)
		.map(([name, value]) => ({ name, value: String(value) }));
	parts.push({ name: 'resume', file: resume });
	const { body, contentType } = encodeMultipart(parts);
	return await client.request<IDataObject>('applicationEventSend', {
		pathParams,
		body,
		headers: { 'Content-Type': contentType },
		itemIndex,
	});
}
