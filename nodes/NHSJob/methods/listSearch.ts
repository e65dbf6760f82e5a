import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { entryDetail, entryId, entryName, searchPages } from '../../shared/listSearch';
import { ApiClient } from '../../shared/transport/apiClient';
import { MAX_PAGES_PER_READ } from '../../shared/transport/paginate';
import { nhsJobProvider } from '../nhsjob.api';
import { currentAuthentication } from '../transport/authentication';
import { jobPageReader } from '../transport/jobPage';

/** While a search text narrows the list, read at most this many pages per call before handing back a page token. */
const PAGES_PER_SEARCH = 10;
/** ... or stop once this many jobs matched. */
const ENOUGH_MATCHES = 50;

function jobItem(job: IDataObject): INodeListSearchItems | undefined {
	const id = entryId(job.id);
	if (id === undefined) return undefined;
	const title = entryName(job.title) ?? id;
	const details = [entryDetail(job.location), entryDetail(job.specialty), entryDetail(job.contract_type)].filter(Boolean).join(', ');
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
		return await searchPages(this, {
			filter,
			paginationToken,
			first: 1,
			maxPosition: MAX_PAGES_PER_READ,
			pagesPerCall: PAGES_PER_SEARCH,
			enoughMatches: ENOUGH_MATCHES,
			readPage: async (pageNumber) => {
				const page = await readPage({ pageNumber, pageSize });
				const more =
					page.total !== undefined
						? pageNumber * pageSize < page.total
						: page.totalPages !== undefined
							? pageNumber < page.totalPages
							: page.items.length === pageSize;
				return { records: page.items, next: pageNumber + 1, more };
			},
			entry: jobItem,
		});
	},
};
