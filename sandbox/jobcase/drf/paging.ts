import { HttpError } from '../../core/httpError';
import { toInteger } from './fields';

export interface Page {
	readonly offset: number;
	readonly limit: number;
}

export interface Envelope<T> {
	readonly count: number;
	readonly results: T[];
}

const DEFAULT_LIMIT = 100;

/** Reads `offset`/`limit`; a limit above `maxPageSize` is clamped to it, malformed values are a 400. */
export function readPage(query: URLSearchParams, maxPageSize: number): Page {
	const offset = readNonNegative(query, 'offset', 0, 0);
	const limit = readNonNegative(query, 'limit', DEFAULT_LIMIT, 1);
	return { offset, limit: Math.min(limit, maxPageSize) };
}

function readNonNegative(query: URLSearchParams, name: string, fallback: number, min: number): number {
	const raw = query.get(name);
	if (raw === null) return fallback;
	const value = toInteger(raw);
	if (value === undefined) throw new HttpError(400, { [name]: ['A valid integer is required.'] });
	if (value < min) throw new HttpError(400, { [name]: [`Ensure this value is greater than or equal to ${min}.`] });
	return value;
}

/** Slices an id-ordered list into the `{count, results}` envelope. */
export function paginate<T, R>(items: readonly T[], page: Page, represent: (item: T) => R): Envelope<R> {
	return { count: items.length, results: items.slice(page.offset, page.offset + page.limit).map(represent) };
}
