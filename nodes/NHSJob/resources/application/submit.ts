import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { labelsOf, validateInput } from '../../../shared/validate';
import { readAuthentication } from '../../authentication';
import type { NhsJobEndpoint } from '../../nhsjob.api';
import { applicationSchema } from '../../schemas';
import { unwrapData } from '../unwrapData';
import { explainMissingPermission } from './permissionError';

const properties: INodeProperties[] = [
	{
		displayName: 'Job ID',
		name: 'jobId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'job_12345',
		description: 'The NHSJob ID of the job applied for',
	},
	{
		displayName: 'Candidate ID',
		name: 'candidateId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'cand_54321',
		description: 'The NHSJob ID of the candidate who applies',
	},
	{
		displayName: 'Resume URL',
		name: 'resumeUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://example.com/resume.pdf',
		description: 'A full http(s) address from which NHSJob can download the candidate’s resume',
	},
	{
		displayName:
			'Submitting applications acts on behalf of a user: NHSJob requires OAuth2 (scope write:applications) unless it granted your API key that permission',
		name: 'oauthNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { authentication: ['apiKey'] } },
	},
];

export const submitApplication: OperationDefinition<NhsJobEndpoint> = {
	value: 'submit',
	name: 'Submit',
	action: 'Submit an application',
	description: 'Apply a candidate to a job with a link to their resume',
	properties,
	async execute(itemIndex, client) {
		const input: IDataObject = {};
		for (const name of ['jobId', 'candidateId', 'resumeUrl']) input[name] = this.getNodeParameter(name, itemIndex, '');
		const fields = validateInput(this.getNode(), applicationSchema, input, itemIndex, labelsOf(properties));
		const body = { job_id: fields.jobId, candidate_id: fields.candidateId, resume_url: fields.resumeUrl };
		try {
			return unwrapData(await client.request<IDataObject>('applicationSubmit', { body, itemIndex }));
		} catch (error) {
			throw explainMissingPermission(error, readAuthentication(this, itemIndex));
		}
	},
};
