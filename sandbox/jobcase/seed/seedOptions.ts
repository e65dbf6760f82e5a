import { parseSeedInput, startOfUtcDayMs } from '../../core/seedInput';
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
	return parseSeedInput<JobcaseSeed>(input, { name: 'jobcase', limits: LIMITS, isAnchor: (text) => parseIsoDateTime(text) !== undefined });
}

export function resolveSeed(seed: JobcaseSeed | undefined, nowMs: number): ResolvedSeed {
	const jobs = seed?.jobs ?? DEFAULT_SEED_SIZES.jobs;
	const campaigns = seed?.campaigns ?? DEFAULT_SEED_SIZES.campaigns;
	let companies = seed?.companies ?? DEFAULT_SEED_SIZES.companies;
	// Jobs and campaigns belong to a company, so there must be at least one.
	if (companies === 0 && (jobs > 0 || campaigns > 0)) companies = 1;
	const anchor = seed?.anchor ? parseIsoDateTime(seed.anchor) : undefined;
		return {
		jobs,
		companies,
		campaigns,
		randomSeed: seed?.randomSeed ?? DEFAULT_SEED_SIZES.randomSeed,
		anchorMicros: anchor ? anchor.epochMicros : startOfUtcDayMs(nowMs) * 1000,
	};
}
