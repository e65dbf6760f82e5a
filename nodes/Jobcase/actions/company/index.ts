import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';
import * as uploadLogo from './uploadLogo.operation';
import * as upsert from './upsert.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['company'] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a company',
			description: 'Create a company for your partner account',
		},
		{
			name: 'Create or Update',
			value: 'upsert',
			action: 'Create or update a company',
			description: 'Create a new record, or update the current one if it already exists (upsert)',
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a company',
			description: 'Retrieve a company by its Jobcase ID',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many companies',
			description: 'List the companies of your partner account',
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a company',
			description: 'Replace a company’s details (Jobcase expects every required field)',
		},
		{
			name: 'Upload Logo',
			value: 'uploadLogo',
			action: 'Upload a company logo',
			description: 'Upload the company’s logo image from a binary field; recommended after creating a company',
		},
	],
	default: 'create',
};

export const description: INodeProperties[] = [
	operationSelector,
	...create.description,
	...upsert.description,
	...get.description,
	...getAll.description,
	...update.description,
	...uploadLogo.description,
];

export const operations = { create, upsert, get, getAll, update, uploadLogo };
