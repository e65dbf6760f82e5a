import type { INodeProperties } from 'n8n-workflow';

import * as submit from './submit.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['application'] } },
	options: [
		{
			name: 'Submit',
			value: 'submit',
			action: 'Submit an application',
			description: 'Apply a candidate to a job with a link to their resume',
		},
	],
	default: 'submit',
};

export const description: INodeProperties[] = [operationSelector, ...submit.description];

export const operations = { submit };
