import { z } from 'zod';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { labelsOf, validateInput } from '../../../shared/validate';
import { typeMessages } from '../../../shared/zodCompat';
import type { NhsJobEndpoint } from '../../nhsjob.api';
import { resourceId } from '../../schemas';
import { readAuthentication } from '../../transport/authentication';
import { unwrapData } from '../../transport/unwrapData';
import { explainMissingPermission } from './permissionError';

const resumeUrl = z
	.string(typeMessages({ required: 'is required: enter the full address of the resume, e.g. https://example.com/resume.pdf' }))
	.trim()
	.min(1, 'is required: enter the full address of the resume, e.g. https://example.com/resume.pdf')
	.refine(isWebAddress, 'must be a full http:// or https:// address NHSJob can download, e.g. https://example.com/resume.pdf');

function isWebAddress(value: string): boolean {
	try {
		const url = new URL(value);
		return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
	} catch {
		return false;
	}
}

export const applicationSchema = z.object({
	jobId: resourceId('job', 'job_12345'),
	candidateId: resourceId('candidate', 'cand_54321'),
	resumeUrl,
});

export const description: INodeProperties[] = showOnlyFor({ resource: ['application'], operation: ['submit'] }, [
	{
		displayName: 'Job',
		name: 'jobId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The NHSJob job applied for',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a job...',
				typeOptions: { searchListMethod: 'searchJobs', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. job_12345',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^[A-Za-z0-9][A-Za-z0-9_-]*$',
							errorMessage: 'Enter an NHSJob job ID made of letters, digits, "_" and "-", e.g. job_12345',
						},
					},
				],
			},
		],
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
]);

const labels = labelsOf(description);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	client: ApiClient<NhsJobEndpoint>,
): Promise<OperationOutput> {
	const input: IDataObject = {
		jobId: this.getNodeParameter('jobId', itemIndex, '', { extractValue: true }) as IDataObject[string],
		candidateId: this.getNodeParameter('candidateId', itemIndex, ''),
		resumeUrl: this.getNodeParameter('resumeUrl', itemIndex, ''),
	};
	const fields = validateInput(this.getNode(), applicationSchema, input, itemIndex, labels);
	const body = { job_id: fields.jobId, candidate_id: fields.candidateId, resume_url: fields.resumeUrl };
	try {
		return unwrapData(await client.request<IDataObject>('applicationSubmit', { body, itemIndex }));
	} catch (error) {
		throw explainMissingPermission(error, readAuthentication(this, itemIndex));
	}
}
