import { HttpError } from '../../core/httpError';
import { parseIsoDateTime } from '../drf/datetime';

export interface JobcaseSeed {
	readonly jobs?: number;
	readonly companies?: number;
	readonly campaigns?: number;
	/** Seed of the pseudo-random generator; the same value gives the same data. Default 1. */
	readonly randomSeed?: number;
	/** "Now" for the seeded dates, ISO 8601. Default: the start of the current UTC day. */
	readonly anchor?: string;
}

export interface ResolvedSeed {
	readonly jobs: number;
	readonly companies: number;
	readonly campaigns: number;
	readonly randomSeed: number;
	readonly anchorMicros: number;
}

export const DEFAULT_SEED_SIZES = { jobs: 250, companies: 5, campaigns: 3, randomSeed: 1 } as const;

const LIMITS = { jobs: 500_000, companies: 10_000, campaigns: 10_000 } as const;

/** Validates a seed from the control API; throws HttpError 400. */
export function parseJobcaseSeed(input: unknown): JobcaseSeed {
	if (input === undefined) return {};
	if (typeof input !== 'object' || input === null || Array.isArray(input)) throw badSeed('jobcase must be an object');
	const seed = input as Record<string, unknown>;
	for (const key of Object.keys(seed)) {
		if (!['jobs', 'companies', 'campaigns', 'randomSeed', 'anchor'].includes(key)) throw badSeed(`unknown key "${key}"`);
	}
	for (const key of ['jobs', 'companies', 'campaigns'] as const) {
		const value = seed[key];
		if (value === undefined) continue;
		if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > LIMITS[key]) {
			throw badSeed(`${key} must be an integer between 0 and ${LIMITS[key]}`);
		}
	}
	if (seed.randomSeed !== undefined && !Number.isInteger(seed.randomSeed)) throw badSeed('randomSeed must be an integer');
	if (seed.anchor !== undefined && (typeof seed.anchor !== 'string' || !parseIsoDateTime(seed.anchor))) {
		throw badSeed('anchor must be an ISO 8601 date-time');
	}
	return seed as JobcaseSeed;
}

export function resolveSeed(seed: JobcaseSeed | undefined, nowMs: number): ResolvedSeed {
	const jobs = seed?.jobs ?? DEFAULT_SEED_SIZES.jobs;
	const campaigns = seed?.campaigns ?? DEFAULT_SEED_SIZES.campaigns;
	let companies = seed?.companies ?? DEFAULT_SEED_SIZES.companies;
	// Jobs and campaigns belong to a company, so there must be at least one.
	if (companies === 0 && (jobs > 0 || campaigns > 0)) companies = 1;
	const anchor = seed?.anchor ? parseIsoDateTime(seed.anchor) : undefined;
	const startOfDayMs = Math.floor(nowMs / 86_400_000) * 86_400_000;
	return {
		jobs,
		companies,
		campaigns,
		randomSeed: seed?.randomSeed ?? DEFAULT_SEED_SIZES.randomSeed,
		anchorMicros: anchor ? anchor.epochMicros : startOfDayMs * 1000,
	};
}

function badSeed(message: string): HttpError {
	return new HttpError(400, { error: `Invalid seed: ${message}.` });
}
