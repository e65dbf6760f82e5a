import type { INodeProperties } from 'n8n-workflow';

import * as addProducts from './addProducts.operation';
import * as create from './create.operation';
import * as expire from './expire.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as removeProducts from './removeProducts.operation';
import * as setProducts from './setProducts.operation';
import * as unexpire from './unexpire.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['job'] } },
	options: [
		{
			name: 'Add Products',
			value: 'addProducts',
			action: 'Add products to a job',
			description: 'Distribute a job through more Jobcase products, optionally adding it to a campaign',
		},
		{
			name: 'Create',
			value: 'create',
			action: 'Create a job',
			description: 'Post a new job for one of your companies',
		},
		{
			name: 'Create or Update',
			value: 'upsert',
			action: 'Create or update a job',
			description: 'Create a new record, or update the current one if it already exists (upsert)',
		},
		{
			name: 'Expire',
			value: 'expire',
			action: 'Expire a job',
			description: 'Expire a job so that it is no longer active',
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a job',
			description: 'Retrieve a job by its Jobcase ID',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many jobs',
			description: 'List jobs, optionally filtered by posting date and status',
		},
		{
			name: 'Remove Products',
			value: 'removeProducts',
			action: 'Remove products from a job',
			description: 'Stop distributing a job through some Jobcase products, optionally removing it from a campaign',
		},
		{
			name: 'Unexpire',
			value: 'unexpire',
			action: 'Unexpire a job',
			description: 'Re-activate an expired job',
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a job',
			description:
				'Replace a job’s details (Jobcase expects every required field); products and campaign are changed with Add Products and Remove Products',
		},
	],
	default: 'create',
};

export const description: INodeProperties[] = [
	operationSelector,
	...addProducts.description,
	...create.description,
	...upsert.description,
	...expire.description,
	...get.description,
	...getAll.description,
	...removeProducts.description,
	...unexpire.description,
	...update.description,
	// Retired: not in the selector above, its fields show only on a node saved with it.
	...setProducts.description,
];

/** What runs: the operations offered above, and the retired Set Products that saved workflows may still name. */
export const operations = { addProducts, create, upsert, expire, get, getAll, removeProducts, unexpire, update, setProducts };
