import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { validateInput } from '../../../shared/validate';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { experienceMatchSchema } from '../../schemas';
import { jobTextProperty, readResumeData, resumeDataProperty } from './resumeDataProperty';

const properties: INodeProperties[] = [
	{ ...resumeDataProperty, description: 'Structured resume in Jobcase’s resume schema; only workExperiences is used' },
	jobTextProperty,
	{ displayName: 'Job Title', name: 'jobTitle', type: 'string', required: true, default: '', description: 'Title of the job' },
];

export const submitExperienceMatch: OperationDefinition<JobcaseEndpoint> = {
	value: 'submitExperienceMatch',
	name: 'Submit Experience Match',
	action: 'Score a resume’s experience against a job',
	description: 'Score only the applicant’s work experience against a job',
	properties,
	async execute(itemIndex, client) {
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
	},
};
