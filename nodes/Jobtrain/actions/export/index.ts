import type { INodeProperties } from 'n8n-workflow';

import * as getChanges from './getChanges.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['export'] } },
	options: [
		{
			name: 'Get Recent Changes',
			value: 'getChanges',
			action: 'Export applications changed in the last 24 hours',
			description:
				'Export candidate, job, equal-opportunities, CV and cover letter data of applications whose status changed in the last 24 hours',
		},
	],
	default: 'getChanges',
};

export const description: INodeProperties[] = [operationSelector, ...getChanges.description];

export const operations = { getChanges };
