import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult, JsonObject } from 'n8n-workflow';

import { entryDetail, entryId, entryName, searchPages } from '../../shared/listSearch';
import { ApiClient } from '../../shared/transport/apiClient';
import { MAX_PAGES_PER_READ } from '../../shared/transport/paginate';
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
	/** A record as an entry: its name given the record's ID (the name when the record has none to show). */
	name(record: IDataObject, id: string): string;
}

async function searchList(
	context: ILoadOptionsFunctions,
	spec: SearchSpec,
	filter: string | undefined,
	paginationToken: string | undefined,
): Promise<INodeListSearchResult> {
	const client = new ApiClient(context, jobcase);
	let filters = spec.filters;
	const readPage = async (offset: number): Promise<JobcasePage> => {
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
	return await searchPages(context, {
		filter,
		paginationToken,
		first: 0,
		maxPosition: MAX_PAGES_PER_READ * JOBCASE_DOCUMENTED_PAGE_SIZE,
		pagesPerCall: MAX_PAGES_PER_CALL,
		enoughMatches: JOBCASE_DOCUMENTED_PAGE_SIZE,
		readPage: async (offset) => {
			const page = await readPage(offset);
			const next = offset + page.results.length;
			return { records: page.results, next, more: page.count === undefined || next < page.count };
		},
		entry: (record) => {
			const id = entryId(record.id);
			return id === undefined ? undefined : { name: spec.name(record, id), value: id };
		},
	});
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
				name: (job, id) => `${entryName(job.jobTitle) ?? id} (${entryDetail(job.adNumber) ?? ''})${entryName(job.jobStatus)?.toLowerCase() === 'expired' ? ' – Expired' : ''}`,
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
				name: (company, id) => `${entryName(company.companyName) ?? id} (${entryDetail(company.partnerCompanyId) ?? ''})`,
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
				name: (campaign, id) => `${entryName(campaign.name) ?? id}${entryName(campaign.status)?.toLowerCase() === 'paused' ? ' – Paused' : ''}`,
			},
			filter,
			paginationToken,
		);
	},
};
