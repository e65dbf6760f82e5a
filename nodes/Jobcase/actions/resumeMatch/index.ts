import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as submitExperienceMatch from './submitExperienceMatch.operation';
import * as submitMatch from './submitMatch.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['resumeMatch'] } },
	options: [
		{
			name: 'Get Match',
			value: 'get',
			action: 'Get a resume match',
			description: 'Retrieve a match by its key, e.g. one submitted with Delay Result',
		},
		{
			name: 'Submit Experience Match',
			value: 'submitExperienceMatch',
			action: 'Score the experience on a resume against a job',
			description: 'Score only the applicant’s work experience against a job',
		},
		{
			name: 'Submit Match',
			value: 'submitMatch',
			action: 'Score a resume against a job',
			description: 'Send a resume and a job’s text to get a match score',
		},
	],
	default: 'submitMatch',
};

export const description: INodeProperties[] = [
	operationSelector,
	...get.description,
	...submitExperienceMatch.description,
	...submitMatch.description,
];

export const operations = { get, submitExperienceMatch, submitMatch };
