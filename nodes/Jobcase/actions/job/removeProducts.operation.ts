import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { labelsOf, validateInput } from '../../../shared/validate';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { jobProductsSchema } from '../../schemas';
import { jobLocator, readJobProducts } from './jobFields';

/** The products call of Add Products (see there), sent as a DELETE: only the products named are removed. */
const properties: INodeProperties[] = [
	jobLocator,
	{
		displayName: 'Product Names or IDs',
		name: 'products',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getProducts' },
		required: true,
		default: [],
		description:
			'Products to remove; the job’s other products stay. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Campaign ID',
		name: 'campaignId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: 'Campaign to remove the job from',
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

export const description: INodeProperties[] = showOnlyFor({ resource: ['job'], operation: ['removeProducts'] }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const { jobId, input } = readJobProducts(this, itemIndex);
	const body = validateInput(this.getNode(), jobProductsSchema, input, itemIndex, labelsOf(properties));
	return await client.request<IDataObject>('jobProductsRemove', { pathParams: { jobId }, body, itemIndex });
}
