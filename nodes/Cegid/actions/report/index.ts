import type { INodeProperties } from 'n8n-workflow';

import * as submit from './submit.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['report'] } },
	options: [
		{
			name: 'Submit',
			value: 'submit',
			action: 'Submit an indexing report',
			description: 'Tell Cegid which vacancies or candidates your system indexed, many items per request',
		},
	],
	default: 'submit',
};

export const description: INodeProperties[] = [operationSelector, ...submit.description];

export const operations = { submit };
