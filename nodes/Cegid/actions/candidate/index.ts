import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['candidate'] } },
	options: [
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many candidates',
			description: 'Export candidates (applicants), optionally with their resumes and attachments as files',
		},
	],
	default: 'getAll',
};

export const description: INodeProperties[] = [operationSelector, ...getAll.description];

export const operations = { getAll };
