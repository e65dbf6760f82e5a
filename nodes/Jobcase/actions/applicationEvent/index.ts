import type { INodeProperties } from 'n8n-workflow';

import * as send from './send.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['applicationEvent'] } },
	options: [
		{
			name: 'Send',
			value: 'send',
			action: 'Send an application event',
			description: 'Tell Jobcase that a job seeker applied to a Jobcase job in your system',
		},
	],
	default: 'send',
};

export const description: INodeProperties[] = [operationSelector, ...send.description];

export const operations = { send };
