import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as search from './search.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['job'] } },
	options: [
		{
			name: 'Get',
			value: 'get',
			action: 'Get a job',
			description: 'Retrieve one job listing by its NHSJob ID',
		},
		{
			name: 'Search',
			value: 'search',
			action: 'Search jobs',
			description: 'List job listings, optionally filtered by specialty, location and contract type',
		},
	],
	default: 'search',
};

export const description: INodeProperties[] = [operationSelector, ...get.description, ...search.description];

export const operations = { get, search };
