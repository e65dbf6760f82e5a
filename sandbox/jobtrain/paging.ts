import { invalidFormat } from './problems';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface Paging {
	readonly pageNo: number;
	readonly pageSize: number;
}

/**
 * A query parameter by its exact name. Jobtrain documents `PageNo` and `PageSize` spelled so and says nothing
 * about other spellings; the sandbox binds only the documented spelling (a `pagesize` is ignored, as a server
 * with case-sensitive binding would), so a client drifting from it is caught here rather than in production.
 */
export function queryValue(query: URLSearchParams, name: string): string | undefined {
	return query.get(name) ?? undefined;
}

/**
 * `PageNo` (from 1) and `PageSize` (20 by default, "up to a max of 100"), as Jobtrain documents them. A larger
 * size is refused with 400 Invalid Format rather than capped: the document states the maximum, not what
 * happens beyond it, and refusing keeps a client that relies on more than 100 from passing here.
 */
export function readPaging(query: URLSearchParams): Paging {
	const pageNo = integerParameter(query, 'PageNo', 1);
	const pageSize = integerParameter(query, 'PageSize', DEFAULT_PAGE_SIZE);
	if (pageNo < 1) throw invalidFormat('PageNo must be 1 or more.');
	if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) throw invalidFormat(`PageSize must be between 1 and ${MAX_PAGE_SIZE}.`);
	return { pageNo, pageSize };
}

export function integerParameter(query: URLSearchParams, name: string, fallback: number): number;
export function integerParameter(query: URLSearchParams, name: string): number | undefined;
export function integerParameter(query: URLSearchParams, name: string, fallback?: number): number | undefined {
	const raw = queryValue(query, name);
	if (raw === undefined || raw === '') return fallback;
	if (!/^-?\d+$/.test(raw.trim())) throw invalidFormat(`The value '${raw}' is not valid for ${name}: expected a whole number.`);
	return Number(raw);
}

/**
 * One page of a list: `total` is every record of the call, `results` the number on this page (as
 * Jobtrain's FAQ describes them), and the records under `arrayName` (that name is assumed).
 */
export function pageOf<T>(
	records: T[],
	paging: Paging,
	arrayName: string,
	view: (record: T) => unknown = (record) => record,
): Record<string, unknown> {
	const start = (paging.pageNo - 1) * paging.pageSize;
	const page = records.slice(start, start + paging.pageSize).map(view);
	return { total: records.length, results: page.length, pageNo: paging.pageNo, pageSize: paging.pageSize, [arrayName]: page };
}
