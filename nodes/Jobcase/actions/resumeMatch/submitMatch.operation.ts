import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { labelsOf, validateInput } from '../../../shared/validate';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { jobTextProperty, readResumeData, resumeDataProperty } from './resumeDataProperty';
import { simplifyMatch } from './simplifyMatch';
import { matchSchema } from './submitMatch.schema';

const properties: INodeProperties[] = [
	resumeDataProperty,
	jobTextProperty,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Delay Result',
				name: 'delay',
				type: 'boolean',
				default: false,
				description: 'Whether Jobcase should compute the match later; fetch it with Get Match',
			},
			{
				displayName: 'Job Title',
				name: 'jobtitle',
				type: 'string',
				default: '',
				description: 'Title of the job; not required but improves the match',
			},
			{
				displayName: 'Resume Text',
				name: 'resume_text',
				type: 'string',
				typeOptions: { rows: 5 },
				default: '',
				description: 'Plain text of the applicant’s resume',
			},
		],
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return a simplified version of the response instead of the raw data. Keeps key, score, match bucket, job title, matched skills and whether experience was met.',
	},
];

export const description: INodeProperties[] = showOnlyFor({ resource: ['resumeMatch'], operation: ['submitMatch'] }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const input: IDataObject = { resume_data: readResumeData(this, itemIndex), job_text: this.getNodeParameter('jobText', itemIndex) };
	const extra = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	for (const [key, value] of Object.entries(extra)) if (value !== '') input[key] = value;
	const body = validateInput(this.getNode(), matchSchema, input, itemIndex, { ...labelsOf(properties), resume_data: 'Resume Data (JSON)', job_text: 'Job Text' });
	const match = await client.request<IDataObject>('matchSubmit', { body, itemIndex });
	return this.getNodeParameter('simplify', itemIndex, true) ? simplifyMatch(match) : match;
}
