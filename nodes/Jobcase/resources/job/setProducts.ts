import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { readPositiveId } from '../../../shared/validate';
import { campaignDropdown, productsDropdown } from '../../fields/dropdowns';
import { jobIdProperty } from '../../fields/jobFields';
import type { JobcaseEndpoint } from '../../jobcase.api';

const properties: INodeProperties[] = [
	jobIdProperty,
	productsDropdown,
	campaignDropdown,
];

export const setJobProducts: OperationDefinition<JobcaseEndpoint> = {
	value: 'setProducts',
	name: 'Set Products',
	action: 'Set the products of a job',
	description: 'Set which Jobcase products (and campaign) a job is distributed through',
	properties,
	async execute(itemIndex, client) {
		const jobId = readPositiveId(this, itemIndex, 'jobId', 'Job ID');
		const products = this.getNodeParameter('products', itemIndex, []) as string[];
		const body: IDataObject = { products };
		if (this.getNodeParameter('campaignId', itemIndex, '') !== '') {
			body.campaignId = readPositiveId(this, itemIndex, 'campaignId', 'Campaign Name or ID');
		}
		return await client.request<IDataObject>('jobProducts', { pathParams: { jobId }, body, itemIndex });
	},
};
