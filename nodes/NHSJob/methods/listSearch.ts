import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { ApiClient } from '../../shared/transport/apiClient';
import { nhsJobProvider } from '../nhsjob.api';
import { currentAuthentication } from '../transport/authentication';
import { jobPageReader } from '../transport/jobPage';

/** While a search text narrows the list, read at most this many pages per call before handing back a page token. */
const PAGES_PER_SEARCH = 10;
/** ... or stop once this many jobs matched. */
const ENOUGH_MATCHES = 50;

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined;
}

function jobItem(job: IDataObject): INodeListSearchItems | undefined {
	const id = text(job.id);
	if (id === undefined) return undefined;
	const title = text(job.title) ?? id;
	const details = [text(job.location), text(job.specialty), text(job.contract_type)].filter(Boolean).join(', ');
	return { name: details ? `${title} (${details})` : title, value: id };
}

export const listSearch = {
	/**
	 * Open jobs from NHSJob's job search (`GET /jobs`), page by page as the user scrolls. The search takes no free text,
	 * so a search text is matched here against each job's title, location, specialty, contract type and ID.
	 */
	async searchJobs(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const provider = nhsJobProvider(currentAuthentication(this));
		const client = new ApiClient(this, provider);
		const readPage = jobPageReader(client, {});
		const pageSize = provider.maxPageSize;
		const needle = (filter ?? '').trim().toLowerCase();
		const results: INodeListSearchItems[] = [];
		let pageNumber = Math.max(1, Math.floor(Number(paginationToken)) || 1);
		for (let pagesRead = 1; ; pagesRead++, pageNumber++) {
			const page = await readPage({ pageNumber, pageSize });
			for (const job of page.items) {
				const item = jobItem(job);
				if (item && (needle === '' || `${item.name} ${String(item.value)}`.toLowerCase().includes(needle))) results.push(item);
			}
			const more =
				page.total !== undefined
					? pageNumber * pageSize < page.total
					: page.totalPages !== undefined
						? pageNumber < page.totalPages
						: page.items.length === pageSize;
			if (!more) return { results };
			if (needle === '' || pagesRead >= PAGES_PER_SEARCH || results.length >= ENOUGH_MATCHES) {
				return { results, paginationToken: String(pageNumber + 1) };
			}
		}
	},
};
