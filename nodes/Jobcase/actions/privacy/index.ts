import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as requestPurge from './requestPurge.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['privacy'] } },
	options: [
		{
			name: 'Get Personal Data',
			value: 'get',
			action: 'Get the personal data held for an email',
			description: 'CCPA access request: the data Jobcase holds for a person (Jobcase takes about 45 seconds to answer)',
		},
		{
			name: 'Request Purge',
			value: 'requestPurge',
			action: 'Request a purge of personal data',
			description: 'CCPA deletion request: ask Jobcase to purge a person’s information',
		},
	],
	default: 'get',
};

export const description: INodeProperties[] = [operationSelector, ...get.description, ...requestPurge.description];

export const operations = { get, requestPurge };
