import { backoffDelay, delayBeforeRetry, isRetryable, parseRetryAfter, DEFAULT_RETRY } from '../../nodes/shared/transport/retryPolicy';
import type { EndpointDefinition, RequestFailure } from '../../nodes/shared/transport/types';

const http = (statusCode: number, headers: Record<string, string> = {}): RequestFailure => ({ kind: 'http', statusCode, headers, body: {} });
const network = (code: string): RequestFailure => ({ kind: 'network', code, message: code });
const get: EndpointDefinition = { method: 'GET', path: '/job/' };
const create: EndpointDefinition = { method: 'POST', path: '/job/' };
const expire: EndpointDefinition = { method: 'POST', path: '/job/{id}/expire/', idempotent: true };
const addBudget: EndpointDefinition = { method: 'PUT', path: '/campaign/{id}/', idempotent: false };

describe('Retry-After', () => {
	it('reads delay-seconds', () => {
		expect(parseRetryAfter('12')).toBe(12_000);
		expect(parseRetryAfter('0')).toBe(0);
		expect(parseRetryAfter('1.5')).toBe(1_500);
		expect(parseRetryAfter(['3'])).toBe(3_000);
	});

	it('reads an HTTP date relative to now', () => {
		const now = Date.parse('2030-01-01T00:00:00Z');
		expect(parseRetryAfter('Tue, 01 Jan 2030 00:00:30 GMT', now)).toBe(30_000);
		expect(parseRetryAfter('Mon, 31 Dec 2029 23:59:00 GMT', now)).toBe(0);
	});

	it('ignores absent or unreadable values', () => {
		expect(parseRetryAfter(undefined)).toBeUndefined();
		expect(parseRetryAfter('')).toBeUndefined();
		expect(parseRetryAfter('soon')).toBeUndefined();
	});

	it('wins over backoff for the delay before the next attempt', () => {
		expect(delayBeforeRetry(http(429, { 'retry-after': '7' }), 1, DEFAULT_RETRY)).toBe(7_000);
	});
});

describe('backoff', () => {
	it('doubles per attempt with jitter between half and the whole step, capped', () => {
		const settings = { ...DEFAULT_RETRY, baseDelayMs: 500, maxDelayMs: 4_000 };
		expect(backoffDelay(1, settings, () => 0)).toBe(250);
		expect(backoffDelay(1, settings, () => 1)).toBe(500);
		expect(backoffDelay(3, settings, () => 0)).toBe(1_000);
		expect(backoffDelay(3, settings, () => 1)).toBe(2_000);
		expect(backoffDelay(10, settings, () => 1)).toBe(4_000);
	});
});

describe('what is retried', () => {
	it('429 is retried for every method: the request was not processed', () => {
		expect(isRetryable(http(429), create)).toBe(true);
		expect(isRetryable(http(429), get)).toBe(true);
	});

	it('408/502/503/504 are retried only where repeating is safe', () => {
		for (const status of [408, 502, 503, 504]) {
			expect(isRetryable(http(status), get)).toBe(true);
			expect(isRetryable(http(status), expire)).toBe(true);
			expect(isRetryable(http(status), create)).toBe(false);
			expect(isRetryable(http(status), addBudget)).toBe(false);
		}
	});

	it('a reset connection is retried only where repeating is safe; a refused one always', () => {
		expect(isRetryable(network('ECONNRESET'), get)).toBe(true);
		expect(isRetryable(network('ECONNRESET'), create)).toBe(false);
		expect(isRetryable(network('ECONNREFUSED'), create)).toBe(true);
	});

	it('client errors are never retried', () => {
		for (const status of [400, 401, 403, 404, 409, 413, 422, 500]) expect(isRetryable(http(status), get)).toBe(false);
	});
});
