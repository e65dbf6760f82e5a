import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { ApiClient } from '../../shared/transport/apiClient';
import { jobtrain, jobtrainFields, type JobtrainEndpoint } from '../jobtrain.api';
import { JOBTRAIN_ID_PATTERN } from '../transport/ids';
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
	const needle = (filter ?? '').trim().toLowerCase();
	const results: INodeListSearchItems[] = [];
	let pageNumber = Math.max(1, Math.floor(Number(paginationToken)) || 1);
	for (let pagesRead = 1; ; pagesRead++, pageNumber++) {
		const page = await fetchListPage(client, endpoint, { pageNumber, pageSize: PAGE_SIZE }, options);
		for (const record of page.items) {
			const item = toItem(record);
			if (item && (needle === '' || `${item.name} ${String(item.value)}`.toLowerCase().includes(needle))) results.push(item);
		}
		const more = page.total !== undefined ? pageNumber * PAGE_SIZE < page.total : page.items.length === PAGE_SIZE;
		if (!more) return { results };
		if (needle === '' || pagesRead >= PAGES_PER_SEARCH || results.length >= ENOUGH_MATCHES) {
			return { results, paginationToken: String(pageNumber + 1) };
		}
	}
}

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined;
}

function jobItem(job: IDataObject): INodeListSearchItems | undefined {
	const id = text(job[jobtrainFields.jobId]);
	if (id === undefined) return undefined;
	const title = text(job.jobTitle) ?? text(job.title) ?? id;
	const details = [text(job.reference), text(job[jobtrainFields.jobStatus])].filter(Boolean).join(', ');
	return { name: details ? `${title} (${details})` : title, value: id };
}

function candidateItem(row: IDataObject): INodeListSearchItems | undefined {
	const id = text(row[jobtrainFields.applicationCandidateId]);
	if (id === undefined) return undefined;
	const name = [text(row.firstName), text(row.surname)].filter(Boolean).join(' ') || id;
	const email = text(row.email);
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
		const raw = this.getCurrentNodeParameter('jobId', { extractValue: true }) as unknown;
		const jobId = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
		if (jobId === '' || !new RegExp(JOBTRAIN_ID_PATTERN).test(jobId)) {
			throw new NodeOperationError(this.getNode(), 'Choose a job first: Jobtrain lists candidates per job', {
				description: 'Pick the job in the Job field above (or enter its ID), then open this list again.',
			});
		}
		return await searchList(this, 'jobCandidates', { pathParams: { jobId } }, candidateItem, filter, paginationToken);
	},
};
