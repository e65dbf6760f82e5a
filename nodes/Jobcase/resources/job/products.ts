import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { labelsOf, readPositiveId, validateInput } from '../../../shared/validate';
import { campaignDropdown, productsDropdown } from '../../fields/dropdowns';
import { jobIdProperty } from '../../fields/jobFields';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { jobProductsSchema } from '../../schemas';

/**
 * Jobcase's reference has one call that "adds or removes products for a job", with a body of product codes and
 * an optional campaign ("when adding a job to or removing a job from a campaign"). It documents no full replace:
 * Add Products and Remove Products change only the products named.
 */
function productsOperation(
	value: 'addProducts' | 'removeProducts',
	endpoint: JobcaseEndpoint,
	texts: { name: string; action: string; description: string; products: string; campaign: string },
): OperationDefinition<JobcaseEndpoint> {
	const properties: INodeProperties[] = [
		jobIdProperty,
		{ ...productsDropdown, required: true, description: `${texts.products}. ${productsDropdown.description}` },
		{ ...campaignDropdown, description: `${texts.campaign}. ${campaignDropdown.description}` },
	];
	return {
		value,
		name: texts.name,
		action: texts.action,
		description: texts.description,
		properties,
		async execute(itemIndex, client) {
			const jobId = readPositiveId(this, itemIndex, 'jobId', 'Job ID');
			const input: IDataObject = { products: this.getNodeParameter('products', itemIndex, []) };
			if (this.getNodeParameter('campaignId', itemIndex, '') !== '') {
				input.campaignId = this.getNodeParameter('campaignId', itemIndex);
			}
			const body = validateInput(this.getNode(), jobProductsSchema, input, itemIndex, labelsOf(properties));
			return await client.request<IDataObject>(endpoint, { pathParams: { jobId }, body, itemIndex });
		},
	};
}

export const addJobProducts = productsOperation('addProducts', 'jobProductsAdd', {
	name: 'Add Products',
	action: 'Add products to a job',
	description: 'Distribute a job through more Jobcase products, optionally adding it to a campaign',
	products: 'Products to add; products the job already has stay',
	campaign: 'Campaign to add the job to',
});

export const removeJobProducts = productsOperation('removeProducts', 'jobProductsRemove', {
	name: 'Remove Products',
	action: 'Remove products from a job',
	description: 'Stop distributing a job through some Jobcase products, optionally removing it from a campaign',
	products: 'Products to remove; the job’s other products stay',
	campaign: 'Campaign to remove the job from',
});

/**
 * Workflows saved with the former "Set Products" operation keep running: it sent the same request as Add
 * Products (POST to the products call), so it is kept, under its old value, out of the operation list.
 */
export const legacySetJobProducts: OperationDefinition<JobcaseEndpoint> = { ...addJobProducts, value: 'setProducts', name: 'Set Products (Replaced by Add Products)' };
