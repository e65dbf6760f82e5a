import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['vacancy'] } },
	options: [
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many vacancies',
			description: 'Export vacancies with their full detail, optionally filtered',
		},
	],
	default: 'getAll',
};

export const description: INodeProperties[] = [operationSelector, ...getAll.description];

export const operations = { getAll };
