import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';

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
			description: 'Retrieve one job’s detail by its Jobtrain ID',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many jobs',
			description: 'Retrieve a list of jobs visible to the credential’s user, optionally filtered',
		},
	],
	default: 'getAll',
};

export const description: INodeProperties[] = [operationSelector, ...getAll.description, ...get.description];

export const operations = { get, getAll };
