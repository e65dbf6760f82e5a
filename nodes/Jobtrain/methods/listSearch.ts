import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { entryDetail, entryId, entryName, searchPages } from '../../shared/listSearch';
import { ApiClient } from '../../shared/transport/apiClient';
import { MAX_PAGES_PER_READ } from '../../shared/transport/paginate';
import { jobtrain, jobtrainFields, type JobtrainEndpoint } from '../jobtrain.api';
import { jobtrainIdValue } from '../transport/ids';
import { fetchListPage } from '../transport/listPage';
import { settingLists, settingOption, type SettingList } from '../transport/settingLists';

const PAGE_SIZE = jobtrain.maxPageSize;
/** While a search text narrows the list, read at most this many pages per call before handing back a page token. */
const PAGES_PER_SEARCH = 10;
/** ... or stop once this many records matched. */
const ENOUGH_MATCHES = 50;

/**
 * Pages through a Jobtrain list from the page the token names (1 at first). Jobtrain's lists take no search text, so
 * the records are matched here; the token lets n8n's list ask for the next pages while the user scrolls.
 */
async function searchList(
	context: ILoadOptionsFunctions,
	endpoint: JobtrainEndpoint,
	options: { pathParams?: Record<string, string> },
	toItem: (record: IDataObject) => INodeListSearchItems | undefined,
	filter: string | undefined,
	paginationToken: string | undefined,
): Promise<INodeListSearchResult> {
	const client = new ApiClient(context, jobtrain);
	return await searchPages(context, {
		filter,
		paginationToken,
		first: 1,
		maxPosition: MAX_PAGES_PER_READ,
		pagesPerCall: PAGES_PER_SEARCH,
		enoughMatches: ENOUGH_MATCHES,
		readPage: async (pageNumber) => {
			const page = await fetchListPage(client, endpoint, { pageNumber, pageSize: PAGE_SIZE }, options);
			const more = page.total !== undefined ? pageNumber * PAGE_SIZE < page.total : page.items.length === PAGE_SIZE;
			return { records: page.items, next: pageNumber + 1, more };
		},
		entry: toItem,
	});
}

function jobItem(job: IDataObject): INodeListSearchItems | undefined {
	const id = entryId(job[jobtrainFields.jobId]);
	if (id === undefined) return undefined;
	const title = entryName(job.jobTitle) ?? entryName(job.title) ?? id;
	const details = [entryDetail(job.reference), entryDetail(job[jobtrainFields.jobStatus])].filter(Boolean).join(', ');
	return { name: details ? `${title} (${details})` : title, value: id };
}

function candidateItem(row: IDataObject): INodeListSearchItems | undefined {
	const id = entryId(row[jobtrainFields.applicationCandidateId]);
	if (id === undefined) return undefined;
	const name = [entryName(row.firstName), entryName(row.surname)].filter(Boolean).join(' ') || id;
	const email = entryName(row.email);
	return { name: email ? `${name} (${email})` : name, value: id };
}

type ListSearchMethod = (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult>;

function settingSearch(setting: SettingList): ListSearchMethod {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		return await searchList(this, setting.list, {}, (record) => settingOption(setting, record), filter, paginationToken);
	};
}

export const listSearch: Record<string, ListSearchMethod> = {
	/** One per settings list (`searchDivisions`, `searchDepartments`, ...): the job list's filters and a new setting's parent. */
	...Object.fromEntries(settingLists.map((setting) => [setting.searchListMethod, settingSearch(setting)])),

	/** Jobs visible to the credential's user, open and closed, in Jobtrain's order. */
	async searchJobs(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		return await searchList(this, 'jobList', {}, jobItem, filter, paginationToken);
	},

	/** The candidates who applied for the job chosen in the node's Job field. */
	async searchCandidates(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const read = jobtrainIdValue(this.getCurrentNodeParameter('jobId', { extractValue: true }));
		if (!('id' in read)) {
			throw new NodeOperationError(this.getNode(), 'Choose a job first: Jobtrain lists candidates per job', {
				description: 'Pick the job in the Job field above (or enter its ID), then open this list again.',
			});
		}
		return await searchList(this, 'jobCandidates', { pathParams: { jobId: read.id } }, candidateItem, filter, paginationToken);
	},
};
