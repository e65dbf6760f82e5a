import type { INodeProperties } from 'n8n-workflow';

import * as call from './call.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['customApiCall'] } },
	options: [
		{
			name: 'Call',
			value: 'call',
			action: 'Make a custom API call',
			description: 'Call any endpoint of the API with the credential applied',
		},
	],
	default: 'call',
};

export const description: INodeProperties[] = [operationSelector, ...call.description];

export const operations = { call };
