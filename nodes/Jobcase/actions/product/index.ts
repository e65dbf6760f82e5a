import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['product'] } },
	options: [
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many products',
			description: 'List the Jobcase products available to your partner account',
		},
	],
	default: 'getAll',
};

export const description: INodeProperties[] = [operationSelector, ...getAll.description];

export const operations = { getAll };
