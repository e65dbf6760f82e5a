import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as getAll from './getAll.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['setting'] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a setting',
			description: 'Create a division, department or location',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many settings',
			description:
				'List divisions, departments, locations, regions, job categories, salary bands, employment types or job levels',
		},
	],
	default: 'getAll',
};

export const description: INodeProperties[] = [operationSelector, ...getAll.description, ...create.description];

export const operations = { create, getAll };
