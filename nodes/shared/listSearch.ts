import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

/** An entry's value from a record's ID: a non-empty text (trimmed) or a finite number; anything else is no ID. */
export function entryId(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
	return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

/** Text to show for a record's field: a non-empty string (trimmed); anything else (numbers, objects, lists) is none. */
export function entryName(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A detail shown next to a name (a reference, a status): a non-empty string or a finite number. */
export function entryDetail(value: unknown): string | undefined {
	return entryName(value) ?? (typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined);
}

/** One page of a list as a search reads it. */
export interface SearchPage {
	records: IDataObject[];
	/** The position the next page starts at (an offset, or a page number). */
	next: number;
	/** Whether the list says there is more after this page. */
	more: boolean;
}

export interface PagedSearch {
	/** The text typed into the list's search box: kept are entries whose name or value holds it. */
	filter: string | undefined;
	/** The token of the previous answer, from n8n's editor. */
	paginationToken: string | undefined;
	/** The position of the first page: 0 for offsets, 1 for page numbers. */
	first: number;
	/** The largest position a token may name (a list this long is read with filters, not scrolled). */
	maxPosition: number;
	/** Pages read per call while a search text narrows the list (without one, each call reads one page). */
	pagesPerCall: number;
	/** ... or fewer, once this many entries matched. */
	enoughMatches: number;
	readPage(position: number): Promise<SearchPage>;
	/** A record as an entry; undefined skips the record (it has no usable ID). */
	entry(record: IDataObject): INodeListSearchItems | undefined;
}

/**
 * Tokens are `<position>` or `<position>.<fingerprint of the last page read>`, e.g. "200.1a2b3c4d": only what
 * `searchPages` hands out. n8n's editor passes back the token of the previous answer unchanged, so any other token
 * (Infinity, 1e300, -5, 1.5, abc, a position past `maxPosition`) was forged or corrupted: the search fails with
 * an error saying so and sends nothing, rather than start again from the beginning, which would show the entries
 * already listed a second time.
 */
const TOKEN = /^(\d{1,15})(?:\.([0-9a-f]{8}))?$/;

function readToken(context: ILoadOptionsFunctions, search: PagedSearch): { position: number; previous?: string } {
	if (search.paginationToken === undefined || search.paginationToken === '') return { position: search.first };
	const match = TOKEN.exec(search.paginationToken);
	const position = match ? Number(match[1]) : Number.NaN;
	if (!match || !Number.isSafeInteger(position) || position < search.first || position > search.maxPosition) {
		throw new NodeOperationError(context.getNode(), 'Invalid page token for this list: close the list and open it again', {
			description: `The list was asked to read on from ${JSON.stringify(search.paginationToken.slice(0, 40))}, which this node never hands out.`,
		});
	}
	return { position, previous: match[2] };
}

/** FNV-1a over the page's records: the same page served twice has the same fingerprint. */
function fingerprint(records: IDataObject[]): string {
	const text = JSON.stringify(records);
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The list searches' paging, for lists that take no search text (Jobcase, Jobtrain, NHSJob): pages are read from the
 * token's position, their records kept as entries when their name or value holds the search text, and a token
 * handed back to read on from there while the user scrolls.
 *
 * A server that ignores the paging parameter serves the same page again and again; the list would never end. As the
 * execute path's paging does (transport/paginate.ts), a page identical to the one before it (in this call, or the
 * last of the previous call, whose fingerprint the token carries) ends the list. Records without a usable ID are
 * skipped, and one answer never holds the same value twice.
 */
export async function searchPages(context: ILoadOptionsFunctions, search: PagedSearch): Promise<INodeListSearchResult> {
	const needle = (search.filter ?? '').trim().toLowerCase();
	let { position, previous } = readToken(context, search);
	const results: INodeListSearchItems[] = [];
	const values = new Set<string>();
	for (let pagesRead = 1; ; pagesRead++) {
		const page = await search.readPage(position);
		const printed = fingerprint(page.records);
		if (page.records.length > 0 && printed === previous) return { results };
		previous = printed;
		for (const record of page.records) {
			const entry = search.entry(record);
			if (entry === undefined || values.has(String(entry.value))) continue;
			values.add(String(entry.value));
			if (needle === '' || `${entry.name} ${String(entry.value)}`.toLowerCase().includes(needle)) results.push(entry);
		}
		if (!page.more || page.records.length === 0 || page.next <= position || page.next > search.maxPosition) return { results };
		position = page.next;
		if (needle === '' || pagesRead >= search.pagesPerCall || results.length >= search.enoughMatches) {
			return { results, paginationToken: `${position}.${printed}` };
		}
	}
}
