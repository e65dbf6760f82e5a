/** How many records to fetch: everything, or at most `limit`. */
export interface PagingRequest {
	returnAll: boolean;
	limit?: number;
	/** The largest page the API serves; Return All asks for pages of exactly this size. */
	maxPageSize: number;
	/** Internal, never a node parameter: lowers `MAX_PAGES_PER_READ` for this read. */
	maxPages?: number;
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

/**
 * The most pages one read may request. A list that still has more after this many pages is one the
 * server keeps inventing (or far bigger than a workflow should read at once): the item fails rather
 * than read on forever. Not a user setting; `PagingRequest.maxPages` lowers it for tests.
 */
export const MAX_PAGES_PER_READ = 10_000;

/** Counts the pages a read requests, and fails the read before it requests one page too many. */
class PageBudget<T> {
	private requested = 0;
	private readonly ceiling: number;

	constructor(
		request: PagingRequest,
		private readonly guard: ListGuard<T> | undefined,
	) {
		this.ceiling = Math.max(1, Math.floor(request.maxPages ?? MAX_PAGES_PER_READ));
	}

	/** Call before requesting a page; `records` is how many were read so far. */
	next(records: number): void {
		if (this.requested >= this.ceiling) {
			const problem = `the list still had more after ${this.ceiling.toLocaleString('en-US')} pages (${records.toLocaleString('en-US')} records): refused to read on; use filters or Limit to read fewer records`;
			throw this.guard ? this.guard.broken(problem) : new Error(problem);
		}
		this.requested++;
	}
}

/** How many times a read may step back before it gives up on a list that keeps shifting. */
const MAX_STEPS_BACK = 20;

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

	/** Whether a record was read before. */
	known(record: T): boolean {
		return this.guard !== undefined && this.ids.has(identity(this.guard, record));
	}

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
 * reached. Pages of `maxPageSize` are asked for; a server that serves fewer while more remain (it caps
 * the size) is read on from where its page ended, so the read costs about N / (the server's real
 * maximum) requests. Without a count, a short page ends the list.
 *
 * With a guard, each page after the first starts one record early, on the last record read, so that a
 * list that changes while it is read is noticed by its records, whatever its count does (a record
 * deleted behind the reader and another added at the end leave the count unchanged but move every
 * unread record back by one). If that first record was not read before, unread records moved back
 * across the read position: the reader steps back a page and reads again until a page starts on a
 * known record (at offset 0 at the latest), so that none is skipped, and fails the item after
 * 20 steps back. Records added or moved ahead of the reader only repeat known ones, which
 * the guard drops. The overlap costs one record per page: N records take 1 + ceil((N - P) / (P - 1))
 * requests of P records (101 instead of 100 for 10,000 records in pages of 100).
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
	let stepsBack = 0;
	let steppedBack = false;
	// The largest page the server has served so far: a step back moves by that much.
	let served = 0;
	const budget = new PageBudget(request, guard);
	while (records.length < wanted) {
		budget.next(records.length);
		const overlap = guard !== undefined && offset > 0 ? 1 : 0;
		const start = offset - overlap;
		const limit = Math.min(request.maxPageSize, wanted - records.length + overlap);
		const page = await fetchPage({ offset: start, limit });
		served = Math.max(served, page.results.length);
		const total = typeof page.count === 'number' ? page.count : undefined;
		if (guard !== undefined && overlap === 1 && (page.results.length === 0 || !seen.known(page.results[0]))) {
			// The record before the read position is gone or was never read: unread records moved back under the reader.
			if (++stepsBack > MAX_STEPS_BACK) {
				throw guard.broken(
					`the list kept changing while it was read: the page at offset ${start} did not start on the last record read, ${MAX_STEPS_BACK} times, so records may have been skipped`,
				);
			}
			offset = Math.max(0, start - Math.max(1, Math.min(request.maxPageSize, served || request.maxPageSize) - 1));
			previousCount = total;
			steppedBack = true;
			continue;
		}
		const fresh = seen.fresh(page.results);
		const sizeChanged = previousCount !== undefined && total !== previousCount;
		if (start > 0) seen.checkProgress(`page at offset ${start}`, page.results.length, fresh.length, sizeChanged, steppedBack);
		steppedBack = false;
		records.push(...fresh.slice(0, wanted - records.length));
		previousCount = total;
		offset = start + page.results.length;
		if (page.results.length === overlap || (total !== undefined ? offset >= total : page.results.length < limit)) break;
	}
	return records;
}

/**
 * Page-number pages with a total (Jobtrain `PageNo`/`PageSize` + `total`; NHSJob `page`/`limit` +
 * `meta`). Stops on the total or the page count when given, else on a short or empty page.
 *
 * Pages chosen by number cannot overlap (page k + 1 always starts where page k ended), so what a list
 * changing while it is read does can only be seen in the counts and in the records themselves. With a
 * guard this detects: the total dropping between pages (the pages the removed records may have pushed
 * others into are read again, so deletions alone skip nothing); records seen again (inserted behind the
 * reader: each is output once); a page of nothing but known records with the total unchanged (the
 * server ignored the page number: the item fails). It cannot detect records moving back while the total
 * stays the same (e.g. a record read is deleted and another is added between two page reads): the
 * record that crossed the page boundary is then missed. Making every page boundary checkable would need
 * page sizes chosen so that consecutive pages overlap, about 14% more requests with pages of 100.
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
	const budget = new PageBudget(request, guard);
	while (records.length < wanted) {
		budget.next(records.length);
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
 * `onPage` as it arrives, with each record's position in the list, so that callers can process
 * records without holding every page; only the records' identities are kept.
 *
 * These pages carry no count, so a list that changes while it is read can only be noticed by its
 * records: with a guard, each page after the first starts one record early, on a record already read.
 * If that record was not read before, records were deleted ahead of the reader and the unread ones
 * moved back: the reader steps back a page and reads again until a page starts on a known record
 * (at offset 0 at the latest), so that none is skipped; the guard drops those read twice. Records
 * inserted ahead only repeat known ones, which are dropped. A page holding nothing new ends the list,
 * so a list of N records still costs about N / page size + 1 requests.
 */
export async function forEachPageUntilEmpty<T>(
	fetchPage: (page: { offset: number; limit: number }) => Promise<T[]>,
	request: PagingRequest,
	onPage: (records: T[], positions: number[]) => Promise<void> | void,
	guard?: ListGuard<T>,
): Promise<number> {
	const wanted = target(request);
	const seen = new SeenRecords(guard);
	let delivered = 0;
	let offset = 0;
	let stepsBack = 0;
	let steppedBack = false;
	const budget = new PageBudget(request, guard);
	while (delivered < wanted) {
		budget.next(delivered);
		const overlap = guard !== undefined && offset > 0 ? 1 : 0;
		const start = offset - overlap;
		const limit = Math.min(request.maxPageSize, wanted - delivered + overlap);
		const records = await fetchPage({ offset: start, limit });
		if (records.length === 0 && overlap === 0) break;
		if (guard !== undefined && overlap === 1 && (records.length === 0 || !seen.known(records[0]))) {
			// The record before the read position is gone or new: the list moved back under the reader.
			if (++stepsBack > MAX_STEPS_BACK) {
				throw guard.broken(`records kept being deleted ahead of the reader (the page at offset ${start} did not start on a record already read, ${MAX_STEPS_BACK} times)`);
			}
			offset = Math.max(0, start - (request.maxPageSize - 1));
			steppedBack = true;
			continue;
		}
		const positions: number[] = [];
		const fresh: T[] = [];
		records.forEach((record, index) => {
			if (seen.fresh([record]).length === 0) return;
			fresh.push(record);
			positions.push(start + index);
		});
		if (overlap === 1 && fresh.length === 0 && records.length < limit) break;
		seen.checkProgress(`page at offset ${start}`, records.length, fresh.length, false, steppedBack || start === 0);
		steppedBack = false;
		const kept = fresh.slice(0, wanted - delivered);
		await onPage(kept, positions.slice(0, kept.length));
		delivered += kept.length;
		offset = start + records.length;
	}
	return delivered;
}
