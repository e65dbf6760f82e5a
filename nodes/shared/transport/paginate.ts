/** How many records to fetch: everything, or at most `limit`. */
export interface PagingRequest {
	returnAll: boolean;
	limit?: number;
	/** The largest page the API serves; Return All asks for pages of exactly this size. */
	maxPageSize: number;
}

/**
 * What the paging helpers need to read a list that may change, or be served wrongly, while it is
 * read: how to tell records apart, and how to fail the item when the list cannot be read completely.
 */
export interface ListGuard<T> {
	/** A record's identity; records seen on an earlier page are dropped, never output twice. */
	recordId(record: T): unknown;
	/** The error that fails the item, e.g. a NodeApiError naming the request. */
	broken(problem: string): Error;
}

function target(request: PagingRequest): number {
	return request.returnAll ? Number.POSITIVE_INFINITY : Math.max(0, Math.floor(request.limit ?? 50));
}

/**
 * Keeps the identities read so far. A page whose records were all read before, while the list's size
 * did not change, means the server ignored the paging parameter: reading on would loop forever.
 */
class SeenRecords<T> {
	private readonly ids = new Set<unknown>();

	constructor(private readonly guard: ListGuard<T> | undefined) {}

	/** The records of a page not read before, in order. */
	fresh(records: T[]): T[] {
		if (!this.guard) return records;
		const guard = this.guard;
		return records.filter((record) => {
			const id = identity(guard, record);
			if (this.ids.has(id)) return false;
			this.ids.add(id);
			return true;
		});
	}

	checkProgress(page: string, arrived: number, fresh: number, sizeChanged: boolean, rereading: boolean): void {
		if (!this.guard || arrived === 0 || fresh > 0 || sizeChanged || rereading) return;
		throw this.guard.broken(
			`the ${page} holds only records already read on earlier pages: the server ignored the paging parameter and sent the same page again`,
		);
	}
}

function identity<T>(guard: ListGuard<T>, record: T): unknown {
	const id = guard.recordId(record);
	return id === undefined || id === null ? `record:${JSON.stringify(record)}` : `id:${String(id)}`;
}

/**
 * Offset/limit pages with a `{count, results}` envelope (Jobcase). Stops as soon as the count is
 * reached, so N records cost exactly ceil(N / maxPageSize) requests. When the count drops between
 * pages, records behind the read position moved back by that much: the offset steps back so that
 * none is skipped, and the guard drops the ones read twice.
 */
export async function collectOffsetPages<T>(
	fetchPage: (page: { offset: number; limit: number }) => Promise<{ count?: number; results: T[] }>,
	request: PagingRequest,
	guard?: ListGuard<T>,
): Promise<T[]> {
	const wanted = target(request);
	const seen = new SeenRecords(guard);
	const records: T[] = [];
	let offset = 0;
	let previousCount: number | undefined;
	let rereading = false;
	while (records.length < wanted) {
		const limit = Math.min(request.maxPageSize, wanted - records.length);
		const page = await fetchPage({ offset, limit });
		const fresh = seen.fresh(page.results);
		const total = typeof page.count === 'number' ? page.count : undefined;
		const sizeChanged = previousCount !== undefined && total !== previousCount;
		if (offset > 0) seen.checkProgress(`page at offset ${offset}`, page.results.length, fresh.length, sizeChanged, rereading);
		records.push(...fresh.slice(0, wanted - records.length));
		const removed = previousCount !== undefined && total !== undefined ? previousCount - total : 0;
		previousCount = total;
		rereading = guard !== undefined && removed > 0;
		offset = rereading ? Math.max(0, offset - removed) : offset + page.results.length;
		if (rereading) continue;
		if (page.results.length === 0 || (total !== undefined ? offset >= total : page.results.length < limit)) break;
	}
	return records;
}

/**
 * Page-number pages with a total (Jobtrain `PageNo`/`PageSize` + `total`; NHSJob `page`/`limit` +
 * `meta`). Stops on the total or the page count when given, else on a short or empty page. When the
 * total drops between pages, the pages the removed records may have pushed others into are read again.
 */
export async function collectNumberedPages<T>(
	fetchPage: (page: { pageNumber: number; pageSize: number }) => Promise<{ items: T[]; total?: number; totalPages?: number }>,
	request: PagingRequest & { firstPage?: number },
	guard?: ListGuard<T>,
): Promise<T[]> {
	const wanted = target(request);
	const firstPage = request.firstPage ?? 1;
	const pageSize = Math.min(request.maxPageSize, wanted);
	const seen = new SeenRecords(guard);
	const records: T[] = [];
	let pageNumber = firstPage;
	let arrived = 0;
	let previousTotal: number | undefined;
	let rereading = false;
	while (records.length < wanted) {
		const page = await fetchPage({ pageNumber, pageSize });
		const fresh = seen.fresh(page.items);
		const sizeChanged = previousTotal !== undefined && page.total !== previousTotal;
		if (pageNumber > firstPage) seen.checkProgress(`page ${pageNumber}`, page.items.length, fresh.length, sizeChanged, rereading);
		records.push(...fresh.slice(0, wanted - records.length));
		arrived = guard ? records.length : arrived + page.items.length;
		const removed = previousTotal !== undefined && page.total !== undefined ? previousTotal - page.total : 0;
		previousTotal = page.total;
		rereading = guard !== undefined && removed > 0;
		if (rereading) {
			const pageStart = (pageNumber - firstPage) * pageSize;
			pageNumber = firstPage + Math.floor(Math.max(0, pageStart - removed) / pageSize);
			continue;
		}
		const pagesRead = pageNumber - firstPage + 1;
		if (page.items.length === 0) break;
		if (page.total !== undefined && arrived >= page.total) break;
		if (page.totalPages !== undefined && pagesRead >= page.totalPages) break;
		if (page.total === undefined && page.totalPages === undefined && page.items.length < pageSize) break;
		pageNumber++;
	}
	return records;
}

/**
 * Offset/limit pages where an empty body marks the end (Cegid exports). Each page is handed to
 * `onPage` as it arrives so that callers can process records without holding every page; only the
 * records' identities are kept, to refuse a page the server sends again instead of the next one.
 */
export async function forEachPageUntilEmpty<T>(
	fetchPage: (page: { offset: number; limit: number }) => Promise<T[]>,
	request: PagingRequest,
	onPage: (records: T[]) => Promise<void> | void,
	guard?: ListGuard<T>,
): Promise<number> {
	const wanted = target(request);
	const seen = new SeenRecords(guard);
	let delivered = 0;
	let offset = 0;
	while (delivered < wanted) {
		const limit = Math.min(request.maxPageSize, wanted - delivered);
		const records = await fetchPage({ offset, limit });
		if (records.length === 0) break;
		const fresh = seen.fresh(records);
		if (offset > 0) seen.checkProgress(`page at offset ${offset}`, records.length, fresh.length, false, false);
		const kept = fresh.slice(0, wanted - delivered);
		await onPage(kept);
		delivered += kept.length;
		offset += records.length;
	}
	return delivered;
}
