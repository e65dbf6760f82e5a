import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { labelsOf, validateInput } from '../../../shared/validate';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { jobProductsSchema } from '../../schemas';
import { jobLocator, readJobProducts } from './jobFields';

/**
 * Jobcase's reference has one call that "adds or removes products for a job", with a body of product codes and
 * an optional campaign ("when adding a job to or removing a job from a campaign"). It documents no full replace:
 * Add Products and Remove Products change only the products named.
 */
export const properties: INodeProperties[] = [
	jobLocator,
	{
		displayName: 'Product Names or IDs',
		name: 'products',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getProducts' },
		required: true,
		default: [],
		description:
			'Products to add; products the job already has stay. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Campaign ID',
		name: 'campaignId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: 'Campaign to add the job to',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a campaign...',
				typeOptions: { searchListMethod: 'searchCampaigns', searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 7' },
		],
	},
];

export const description: INodeProperties[] = showOnlyFor({ resource: ['job'], operation: ['addProducts'] }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const { jobId, input } = readJobProducts(this, itemIndex);
	const body = validateInput(this.getNode(), jobProductsSchema, input, itemIndex, labelsOf(properties));
	return await client.request<IDataObject>('jobProductsAdd', { pathParams: { jobId }, body, itemIndex });
}
