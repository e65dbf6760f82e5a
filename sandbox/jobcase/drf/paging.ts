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

/**
 * Reads `offset`/`limit`; a limit above `maxPageSize` is clamped to it (`cap`) or answered with a 400 (`refuse`),
 * malformed values are a 400.
 */
export function readPage(query: URLSearchParams, maxPageSize: number, overMax: 'cap' | 'refuse' = 'cap'): Page {
	const offset = readNonNegative(query, 'offset', 0, 0);
	const limit = readNonNegative(query, 'limit', Math.min(DEFAULT_LIMIT, maxPageSize), 1);
	if (limit > maxPageSize && overMax === 'refuse') {
		throw new HttpError(400, { limit: [`Ensure this value is less than or equal to ${maxPageSize}.`] });
	}
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
