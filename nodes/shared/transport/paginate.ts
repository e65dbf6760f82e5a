/** How many records to fetch: everything, or at most `limit`. */
export interface PagingRequest {
	returnAll: boolean;
	limit?: number;
	/** The largest page the API serves; Return All asks for pages of exactly this size. */
	maxPageSize: number;
}

function target(request: PagingRequest): number {
	return request.returnAll ? Number.POSITIVE_INFINITY : Math.max(0, Math.floor(request.limit ?? 50));
}

/**
 * Offset/limit pages with a `{count, results}` envelope (Jobcase). Stops as soon as the count is
 * reached, so N records cost exactly ceil(N / maxPageSize) requests.
 */
export async function collectOffsetPages<T>(
	fetchPage: (page: { offset: number; limit: number }) => Promise<{ count?: number; results: T[] }>,
	request: PagingRequest,
): Promise<T[]> {
	const wanted = target(request);
	const records: T[] = [];
	let offset = 0;
	while (records.length < wanted) {
		const limit = Math.min(request.maxPageSize, wanted - records.length);
		const page = await fetchPage({ offset, limit });
		records.push(...page.results.slice(0, wanted - records.length));
		offset += page.results.length;
		const total = typeof page.count === 'number' ? page.count : undefined;
		if (page.results.length === 0 || (total !== undefined ? offset >= total : page.results.length < limit)) break;
	}
	return records;
}

/**
 * Page-number pages with a total (Jobtrain `PageNo`/`PageSize` + `total`; NHSJob `page`/`limit` +
 * `meta`). Stops on the total or the page count when given, else on a short or empty page.
 */
export async function collectNumberedPages<T>(
	fetchPage: (page: { pageNumber: number; pageSize: number }) => Promise<{ items: T[]; total?: number; totalPages?: number }>,
	request: PagingRequest & { firstPage?: number },
): Promise<T[]> {
	const wanted = target(request);
	const pageSize = Math.min(request.maxPageSize, wanted);
	const records: T[] = [];
	let pageNumber = request.firstPage ?? 1;
	let seen = 0;
	while (records.length < wanted) {
		const page = await fetchPage({ pageNumber, pageSize });
		records.push(...page.items.slice(0, wanted - records.length));
		seen += page.items.length;
		const pagesRead = pageNumber - (request.firstPage ?? 1) + 1;
		if (page.items.length === 0) break;
		if (page.total !== undefined && seen >= page.total) break;
		if (page.totalPages !== undefined && pagesRead >= page.totalPages) break;
		if (page.total === undefined && page.totalPages === undefined && page.items.length < pageSize) break;
		pageNumber++;
	}
	return records;
}

/**
 * Offset/limit pages where an empty body marks the end (Cegid exports). Each page is handed to
 * `onPage` as it arrives so that callers can process records without holding every page.
 */
export async function forEachPageUntilEmpty<T>(
	fetchPage: (page: { offset: number; limit: number }) => Promise<T[]>,
	request: PagingRequest,
	onPage: (records: T[]) => Promise<void> | void,
): Promise<number> {
	const wanted = target(request);
	let delivered = 0;
	let offset = 0;
	while (delivered < wanted) {
		const limit = Math.min(request.maxPageSize, wanted - delivered);
		const records = await fetchPage({ offset, limit });
		if (records.length === 0) break;
		const kept = records.slice(0, wanted - delivered);
		await onPage(kept);
		delivered += kept.length;
		offset += records.length;
	}
	return delivered;
}
