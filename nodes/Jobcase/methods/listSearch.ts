import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult, JsonObject } from 'n8n-workflow';

import { ApiClient } from '../../shared/transport/apiClient';
import { JOBCASE_DOCUMENTED_PAGE_SIZE, jobcase, type JobcaseEndpoint } from '../jobcase.api';
import { listPage, type JobcasePage } from '../transport/listPage';

/**
 * Jobcase's lists take no search text, so a search reads pages (of the documented 100) and keeps the records whose
 * name or ID holds the text; it reads at most this many pages per call, then hands n8n a token to read on from there.
 */
const MAX_PAGES_PER_CALL = 5;

interface SearchSpec {
	endpoint: JobcaseEndpoint;
	filters: IDataObject;
	/** Filters for a Jobcase that refuses `filters` with a 400 (`status=all` is not documented, see actions/job/everyJob.ts). */
	fallbackFilters?: IDataObject;
	item(record: IDataObject): INodeListSearchItems;
}

async function searchList(
	context: ILoadOptionsFunctions,
	spec: SearchSpec,
	filter: string | undefined,
	paginationToken: string | undefined,
): Promise<INodeListSearchResult> {
	const client = new ApiClient(context, jobcase);
	const text = (filter ?? '').trim().toLowerCase();
	let offset = Number(paginationToken) > 0 ? Math.floor(Number(paginationToken)) : 0;
	let filters = spec.filters;
	const readPage = async (): Promise<JobcasePage> => {
		const page = { offset, limit: JOBCASE_DOCUMENTED_PAGE_SIZE };
		try {
			return await listPage(client, spec.endpoint, page, filters, 0);
		} catch (error) {
			// NodeApiError hands back the same error instance when given one.
			if (!spec.fallbackFilters || filters === spec.fallbackFilters || (error as { httpCode?: string }).httpCode !== '400') {
				throw new NodeApiError(context.getNode(), error as JsonObject);
			}
			filters = spec.fallbackFilters;
			return await listPage(client, spec.endpoint, page, filters, 0);
		}
	};
	const results: INodeListSearchItems[] = [];
	for (let pages = 0; pages < MAX_PAGES_PER_CALL; pages++) {
		const page = await readPage();
		offset += page.results.length;
		for (const record of page.results) {
			const item = spec.item(record);
			if (!text || `${item.name} ${String(item.value)}`.toLowerCase().includes(text)) results.push(item);
		}
		const more = page.results.length > 0 && (page.count === undefined || offset < page.count);
		if (!more) return { results };
		if (!text || results.length >= JOBCASE_DOCUMENTED_PAGE_SIZE) break;
	}
	return { results, paginationToken: String(offset) };
}

/** Searches behind the node's resource locators (Job ID, Company ID, Campaign ID): From List, filtered by name or ID. */
export const listSearch = {
	/** Jobs of every status (expired ones too, for Unexpire), shown as "Title (Ad Number)". */
	async searchJobs(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		return await searchList(
			this,
			{
				endpoint: 'jobList',
				filters: { status: 'all' },
				fallbackFilters: {},
				item: (job) => ({
					name: `${String(job.jobTitle ?? job.id)} (${String(job.adNumber ?? '')})${String(job.jobStatus ?? '').toLowerCase() === 'expired' ? ' – Expired' : ''}`,
					value: String(job.id),
				}),
			},
			filter,
			paginationToken,
		);
	},

	/** The partner's companies, shown as "Name (Partner Company ID)". */
	async searchCompanies(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		return await searchList(
			this,
			{
				endpoint: 'companyList',
				filters: {},
				item: (company) => ({ name: `${String(company.companyName ?? company.id)} (${String(company.partnerCompanyId ?? '')})`, value: String(company.id) }),
			},
			filter,
			paginationToken,
		);
	},

	/** Active and paused campaigns, shown by name. */
	async searchCampaigns(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		return await searchList(
			this,
			{
				endpoint: 'campaignList',
				filters: { status: 'all' },
				item: (campaign) => ({
					name: `${String(campaign.name ?? campaign.id)}${String(campaign.status ?? '').toLowerCase() === 'paused' ? ' – Paused' : ''}`,
					value: String(campaign.id),
				}),
			},
			filter,
			paginationToken,
		);
	},
};
