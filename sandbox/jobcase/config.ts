import { HttpError } from '../core/httpError';

export interface JobcaseConfig {
	/** Value expected in the X-Platform-Api-Key header. */
	readonly apiKey: string;
	/** The partner the API key acts for. */
	readonly partnerId: number;
	/** Calls allowed per API key in any sliding window (60 seconds unless `rateWindowMs` says otherwise). */
	readonly rateLimitPerMinute: number;
	/** Length of the rate window; tests shorten it to prove in seconds what takes minutes. */
	readonly rateWindowMs: number;
	/** Largest `limit` a list honours. */
	readonly maxPageSize: number;
	/** What a larger `limit` gets: `cap` serves `maxPageSize` records, `refuse` answers 400 naming the maximum. */
	readonly overMaxPageSize: 'cap' | 'refuse';
	/** Delay before `GET /ccpa/` answers (the real one takes about 45 s). */
	readonly ccpaLatencyMs: number;
	/** Candidate estimates allowed per API key per UTC day. */
	readonly estimatesPerDay: number;
	/**
	 * How `GET /job/?status=all` is answered; the reference documents the status filter without its values:
	 * `honour` lists every status, `reject` answers 400 (not a valid choice), `ignore` treats it as the default (active).
	 */
	readonly jobStatusAll: 'honour' | 'reject' | 'ignore';
}

export const DEFAULT_JOBCASE_CONFIG: JobcaseConfig = {
	apiKey: 'sandbox-jobcase-key',
	partnerId: 1,
	rateLimitPerMinute: 200,
	rateWindowMs: 60_000,
	maxPageSize: 100,
	overMaxPageSize: 'cap',
	ccpaLatencyMs: 0,
	estimatesPerDay: 50,
	jobStatusAll: 'honour',
};

type Check = (value: unknown) => boolean;

const isPositiveInteger: Check = (value) => typeof value === 'number' && Number.isInteger(value) && value > 0;
const isNonNegativeInteger: Check = (value) => typeof value === 'number' && Number.isInteger(value) && value >= 0;

const RULES: Record<keyof JobcaseConfig, { check: Check; expected: string }> = {
	apiKey: { check: (value) => typeof value === 'string' && value.length > 0, expected: 'a non-empty string' },
	partnerId: { check: isPositiveInteger, expected: 'a positive integer' },
	rateLimitPerMinute: { check: isPositiveInteger, expected: 'a positive integer' },
	rateWindowMs: { check: isPositiveInteger, expected: 'a positive integer' },
	maxPageSize: { check: isPositiveInteger, expected: 'a positive integer' },
	overMaxPageSize: { check: (value) => value === 'cap' || value === 'refuse', expected: '"cap" or "refuse"' },
	ccpaLatencyMs: { check: isNonNegativeInteger, expected: 'a non-negative integer' },
	estimatesPerDay: { check: isNonNegativeInteger, expected: 'a non-negative integer' },
	jobStatusAll: { check: (value) => value === 'honour' || value === 'reject' || value === 'ignore', expected: '"honour", "reject" or "ignore"' },
};

/** Merges a partial config from the control API into `current`; throws HttpError 400 on unknown or bad keys. */
export function mergeJobcaseConfig(current: JobcaseConfig, patch: unknown): JobcaseConfig {
	if (patch === undefined) return current;
	if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
		throw new HttpError(400, { error: 'Invalid config: jobcase must be an object.' });
	}
	const merged: Record<string, unknown> = { ...current };
	for (const [key, value] of Object.entries(patch)) {
		const rule = RULES[key as keyof JobcaseConfig];
		if (!rule) throw new HttpError(400, { error: `Invalid config: unknown jobcase setting "${key}".` });
		if (!rule.check(value)) throw new HttpError(400, { error: `Invalid config: jobcase.${key} must be ${rule.expected}.` });
		merged[key] = value;
	}
	return merged as unknown as JobcaseConfig;
}
