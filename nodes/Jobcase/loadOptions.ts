import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { ApiClient } from '../shared/transport/apiClient';
import { jobcase, type JobcaseEndpoint } from './jobcase.api';
import { collectJobcaseList } from './resources/listPage';

/** Dropdowns list at most this many records; beyond that, users enter an ID by expression. */
const DROPDOWN_LIMIT = 500;

async function listForDropdown(context: ILoadOptionsFunctions, endpoint: JobcaseEndpoint, filters: IDataObject = {}) {
	const client = new ApiClient(context, jobcase);
	return await collectJobcaseList(client, endpoint, { returnAll: false, limit: DROPDOWN_LIMIT, maxPageSize: jobcase.maxPageSize }, filters, 0);
}

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

export const jobcaseLoadOptions = {
	async getCompanies(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const companies = await listForDropdown(this, 'companyList');
		return companies
			.map((company) => ({ name: `${company.companyName} (${company.partnerCompanyId})`, value: Number(company.id) }))
			.sort(byName);
	},

	async getCampaigns(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const campaigns = await listForDropdown(this, 'campaignList', { status: 'all' });
		return campaigns.map((campaign) => ({ name: String(campaign.name), value: Number(campaign.id) })).sort(byName);
	},

	async getProducts(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const client = new ApiClient(this, jobcase);
		const products = await client.request<IDataObject[]>('productList', { qs: { partnerId: await client.setting('partnerId') } });
		return (Array.isArray(products) ? products : [])
			.map((product) => ({ name: String(product.title ?? product.code), value: String(product.code), description: product.description as string }))
			.sort(byName);
	},
};
