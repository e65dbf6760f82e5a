import type { IDataObject } from 'n8n-workflow';

/** What a page's `meta` says about the end of the list, in the terms `collectNumberedPages` uses. */
export interface PageEnd {
	total?: number;
	totalPages?: number;
}

const TOTAL_KEYS = ['total', 'total_count', 'totalCount', 'total_results', 'totalResults', 'total_items', 'totalItems'];
const PAGE_COUNT_KEYS = ['total_pages', 'totalPages', 'last_page', 'lastPage', 'page_count', 'pageCount'];
const HAS_MORE_KEYS = ['has_more', 'hasMore', 'has_next', 'hasNext', 'has_next_page', 'hasNextPage'];
const NEXT_KEYS = ['next_page', 'nextPage', 'next', 'next_page_url', 'nextPageUrl'];

/**
 * NHSJob does not publish the fields of `meta` (the sample is cut off after "c", likely
 * current_page). This reads the usual spellings of a total, a page count, a has-more flag or a
 * next link, at the top of `meta` or under `meta.pagination`; when none is there, a short page
 * ends the list.
 */
export function readPageEnd(meta: unknown, pageNumber: number): PageEnd {
	if (!isObject(meta)) return {};
	const pagination = isObject(meta.pagination) ? { ...meta.pagination, ...meta } : meta;
	const total = firstNumber(pagination, TOTAL_KEYS);
	const pageCount = firstNumber(pagination, PAGE_COUNT_KEYS);
	if (total !== undefined || pageCount !== undefined) return { total, totalPages: pageCount };
	if (saysNoMore(pagination)) return { totalPages: pageNumber };
	return {};
}

function saysNoMore(meta: IDataObject): boolean {
	for (const key of HAS_MORE_KEYS) if (typeof meta[key] === 'boolean') return meta[key] === false;
	for (const key of NEXT_KEYS) if (key in meta) return meta[key] === null || meta[key] === '';
	const links = meta.links;
	if (isObject(links) && 'next' in links) return links.next === null || links.next === '';
	return false;
}

function firstNumber(meta: IDataObject, keys: string[]): number | undefined {
	for (const key of keys) {
		const value = typeof meta[key] === 'string' ? Number(meta[key]) : meta[key];
		if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
	}
	return undefined;
}

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
