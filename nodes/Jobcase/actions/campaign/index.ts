import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as estimate from './estimate.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getCostData from './getCostData.operation';
import * as update from './update.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['campaign'] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a campaign',
			description: 'Create a campaign with a budget for a company’s jobs',
		},
		{
			name: 'Estimate Candidates',
			value: 'estimate',
			action: 'Estimate candidates for a job',
			description: 'Estimate how many candidates a budget would bring for a job (Jobcase allows 50 estimates a day)',
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a campaign',
			description: 'Retrieve a campaign by its Jobcase ID',
		},
		{
			name: 'Get Cost Data',
			value: 'getCostData',
			action: 'Get campaign cost data',
			description: 'List click and applicant costs, by campaign or job',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many campaigns',
			description: 'List campaigns by status',
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a campaign',
			description: 'Change a campaign, add budget, or replace its jobs',
		},
	],
	default: 'create',
};

export const description: INodeProperties[] = [
	operationSelector,
	...create.description,
	...estimate.description,
	...get.description,
	...getCostData.description,
	...getAll.description,
	...update.description,
];

export const operations = { create, estimate, get, getCostData, getAll, update };
