import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { validateInput } from '../../../shared/validate';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { jobTextProperty, readResumeData } from './resumeDataProperty';
import { experienceMatchSchema } from './submitExperienceMatch.schema';

export const description: INodeProperties[] = showOnlyFor({ resource: ['resumeMatch'], operation: ['submitExperienceMatch'] }, [
	{
		displayName: 'Resume Data (JSON)',
		name: 'resumeData',
		type: 'json',
		required: true,
		default: '{\n  "workExperiences": [],\n  "skills": []\n}',
		description: 'Structured resume in Jobcase’s resume schema; only workExperiences is used',
	},
	jobTextProperty,
	{
		displayName: 'Job Title',
		name: 'jobTitle',
		type: 'string',
		required: true,
		default: '',
		description: 'Title of the job',
	},
]);

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const input = {
		resume_data: readResumeData(this, itemIndex),
		job_text: this.getNodeParameter('jobText', itemIndex),
		jobtitle: this.getNodeParameter('jobTitle', itemIndex),
	};
	const body = validateInput(this.getNode(), experienceMatchSchema, input, itemIndex, {
		resume_data: 'Resume Data (JSON)',
		job_text: 'Job Text',
		jobtitle: 'Job Title',
	});
	return await client.request<IDataObject>('experienceMatchSubmit', { body, itemIndex });
}
