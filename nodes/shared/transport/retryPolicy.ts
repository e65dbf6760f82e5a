import { AMBIGUOUS_NETWORK_CODES } from './networkFailure';
import type { EndpointDefinition, RequestFailure, RetrySettings } from './types';

export const DEFAULT_RETRY: RetrySettings = {
	maxAttempts: 5,
	maxTotalWaitMs: 120_000,
	baseDelayMs: 500,
	maxDelayMs: 30_000,
	timeoutMs: 60_000,
};

const TRANSIENT_STATUSES = new Set([408, 502, 503, 504]);

/** Network errors where the request certainly never reached the server. */
const UNSENT_NETWORK_CODES = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * Whether a failed attempt may be sent again. A 429 or an unsent request was not processed, so any
 * method may be repeated; a timeout, 5xx or a reset connection may have been processed, so only
 * endpoints that are idempotent by design are repeated.
 */
export function isRetryable(failure: RequestFailure, endpoint: EndpointDefinition): boolean {
	if (failure.kind === 'network') {
		if (UNSENT_NETWORK_CODES.has(failure.code)) return true;
		return (failure.timedOut === true || AMBIGUOUS_NETWORK_CODES.has(failure.code)) && isIdempotent(endpoint);
	}
	if (failure.statusCode === 429) return true;
	return TRANSIENT_STATUSES.has(failure.statusCode) && isIdempotent(endpoint);
}

export function isIdempotent(endpoint: EndpointDefinition): boolean {
	if (endpoint.idempotent !== undefined) return endpoint.idempotent;
	return ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'].includes(endpoint.method);
}

/**
 * Parses a Retry-After header: delay in seconds, or an HTTP date. Returns milliseconds to wait,
 * or undefined when the header is absent or unreadable.
 */
export function parseRetryAfter(value: unknown, now: number = Date.now()): number | undefined {
	const header = Array.isArray(value) ? value[0] : value;
	if (typeof header !== 'string' && typeof header !== 'number') return undefined;
	const text = String(header).trim();
	if (text === '') return undefined;
	if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000);
	const date = Date.parse(text);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, date - now);
}

/**
 * Exponential backoff with "equal jitter": half the exponential step is fixed, half is random, so
 * concurrent clients spread out while each still waits a meaningful time.
 */
export function backoffDelay(attempt: number, settings: RetrySettings, random: () => number = Math.random): number {
	const step = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** Math.max(0, attempt - 1));
	return Math.round(step / 2 + random() * (step / 2));
}

/** How long to wait before the next attempt: the server's Retry-After wins over our backoff. */
export function delayBeforeRetry(failure: RequestFailure, attempt: number, settings: RetrySettings): number {
	if (failure.kind === 'http') {
		const serverDelay = parseRetryAfter(failure.headers['retry-after']);
		if (serverDelay !== undefined) return serverDelay;
	}
	return backoffDelay(attempt, settings);
}
