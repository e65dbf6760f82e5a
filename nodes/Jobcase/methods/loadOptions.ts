import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { ApiClient } from '../../shared/transport/apiClient';
import { jobcase } from '../jobcase.api';

/** Dropdowns of the node. Records with an ID (jobs, companies, campaigns) are picked through listSearch.ts instead. */
export const loadOptions = {
	/** The partner's products, for Product Names or IDs (several can be chosen, which a resource locator cannot). */
	async getProducts(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const client = new ApiClient(this, jobcase);
		const products = await client.request<IDataObject[]>('productList', { qs: { partnerId: await client.setting('partnerId') } });
		return (Array.isArray(products) ? products : [])
			.map((product) => ({ name: String(product.title ?? product.code), value: String(product.code), description: product.description as string }))
			.sort((a, b) => a.name.localeCompare(b.name));
	},
};
