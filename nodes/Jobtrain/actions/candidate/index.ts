import type { INodeProperties } from 'n8n-workflow';

import * as createAndApply from './createAndApply.operation';
import * as getApplication from './getApplication.operation';
import * as getApplicationStatus from './getApplicationStatus.operation';
import * as getManyForJob from './getManyForJob.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['candidate'] } },
	options: [
		{
			name: 'Create and Apply',
			value: 'createAndApply',
			action: 'Create a candidate and apply to a job',
			description: 'Create a candidate and submit a direct application with their CV to a job',
		},
		{
			name: 'Get Application',
			value: 'getApplication',
			action: 'Get the application of a candidate to a job',
			description: 'Get the candidate’s application detail by job ID and candidate ID',
		},
		{
			name: 'Get Application Status',
			value: 'getApplicationStatus',
			action: 'Get the status of an application',
			description: 'Get where a candidate’s application to a job stands',
		},
		{
			name: 'Get Many for Job',
			value: 'getManyForJob',
			action: 'Get the candidates of a job',
			description: 'List the candidates who applied for a job',
		},
	],
	default: 'getManyForJob',
};

export const description: INodeProperties[] = [
	operationSelector,
	...createAndApply.description,
	...getApplication.description,
	...getApplicationStatus.description,
	...getManyForJob.description,
];

export const operations = { createAndApply, getApplication, getApplicationStatus, getManyForJob };
