import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as deleteOperation from './delete.operation';
import * as getAll from './getAll.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['webhook'] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a webhook subscription',
			description: 'Subscribe a URL of your own to an event; the Cegid Recruiting Trigger does this for you',
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a webhook subscription',
			description: 'Unsubscribe by hook ID; a subscription Cegid no longer knows is reported as already gone',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many webhook subscriptions',
			description: 'List the subscriptions of this credential’s client, including those its triggers created',
		},
	],
	default: 'create',
};

export const description: INodeProperties[] = [operationSelector, ...create.description, ...deleteOperation.description, ...getAll.description];

export const operations = { create, delete: deleteOperation, getAll };
