import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { entryId, entryName } from '../../shared/listSearch';
import { ApiClient } from '../../shared/transport/apiClient';
import { jobcase } from '../jobcase.api';

/** Dropdowns of the node. Records with an ID (jobs, companies, campaigns) are picked through listSearch.ts instead. */
export const loadOptions = {
	/** The partner's products, for Product Names or IDs (several can be chosen, which a resource locator cannot). */
	async getProducts(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const client = new ApiClient(this, jobcase);
		const products = await client.request<IDataObject[]>('productList', { qs: { partnerId: await client.setting('partnerId') } });
		const options: INodePropertyOptions[] = [];
		for (const product of Array.isArray(products) ? products : []) {
			// A product without a usable code cannot be chosen (it would be sent as "undefined" or "[object Object]").
			const code = entryId(product?.code);
			if (code === undefined || options.some((option) => option.value === code)) continue;
			const description = entryName(product.description);
			options.push({ name: entryName(product.title) ?? code, value: code, ...(description === undefined ? {} : { description }) });
		}
		return options.sort((a, b) => a.name.localeCompare(b.name));
	},
};
