import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { parseJsonObject } from '../job/jobFields';

export const resumeDataProperty: INodeProperties = {
	displayName: 'Resume Data (JSON)',
	name: 'resumeData',
	type: 'json',
	required: true,
	default: '{\n  "workExperiences": [],\n  "skills": []\n}',
	description: 'Structured resume in Jobcase’s resume schema (skills, workExperiences, educations, …)',
};

export const jobTextProperty: INodeProperties = {
	displayName: 'Job Text',
	name: 'jobText',
	type: 'string',
	typeOptions: { rows: 5 },
	required: true,
	default: '',
	description: 'Text of the job to match the applicant to',
};

export function readResumeData(context: IExecuteFunctions, itemIndex: number) {
	return parseJsonObject(context, itemIndex, 'Resume Data (JSON)', context.getNodeParameter('resumeData', itemIndex));
}
