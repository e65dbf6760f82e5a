import type { MetaStyle } from './config';
import { invalidParameter } from './errors';

export interface PageRequest {
	readonly page: number;
	readonly limit: number;
}

const DEFAULT_LIMIT = 20;

/** `page` (from 1) and `limit` (1 to the maximum); anything else is a 400 naming the parameter. */
export function readPageRequest(query: URLSearchParams, maxPageSize: number): PageRequest {
	return {
		page: readInteger(query, 'page', 1, Number.MAX_SAFE_INTEGER) ?? 1,
		limit: readInteger(query, 'limit', 1, maxPageSize) ?? DEFAULT_LIMIT,
	};
}

function readInteger(query: URLSearchParams, name: string, min: number, max: number): number | undefined {
	const raw = query.get(name);
	if (raw === null || raw === '') return undefined;
	const value = Number(raw);
	if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
		throw invalidParameter(name, max === Number.MAX_SAFE_INTEGER ? `must be a whole number from ${min}` : `must be a whole number from ${min} to ${max}`);
	}
	return value;
}

/** One page of `records` in the `{data, meta}` envelope, `meta` shaped as configured. */
export function pageEnvelope<T>(records: T[], request: PageRequest, style: MetaStyle): { data: T[]; meta: Record<string, unknown> } {
	const start = (request.page - 1) * request.limit;
	const data = records.slice(start, start + request.limit);
	const lastPage = Math.max(1, Math.ceil(records.length / request.limit));
	if (style === 'none') return { data, meta: {} };
	if (style === 'hasMore') return { data, meta: { current_page: request.page, per_page: request.limit, has_more: start + data.length < records.length } };
	return { data, meta: { current_page: request.page, per_page: request.limit, total: records.length, last_page: lastPage } };
}
