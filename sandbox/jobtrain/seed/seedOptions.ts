import { anchorMs, parseSeedInput } from '../../core/seedInput';

export interface JobtrainSeed {
	readonly jobs?: number;
	readonly applications?: number;
	/** Seed of the pseudo-random generator; the same value gives the same data. Default 1. */
	readonly randomSeed?: number;
	/** "Now" for the seeded dates, ISO 8601. Default: the start of the current UTC day. */
	readonly anchor?: string;
}

export interface ResolvedSeed {
	readonly jobs: number;
	readonly applications: number;
	readonly randomSeed: number;
	readonly anchorMs: number;
}

export const DEFAULT_SEED_SIZES = { jobs: 60, applications: 200, randomSeed: 1 } as const;

const LIMITS = { jobs: 200_000, applications: 200_000 } as const;

/** Validates a seed from the control API; throws HttpError 400. */
export function parseJobtrainSeed(input: unknown): JobtrainSeed {
	return parseSeedInput<JobtrainSeed>(input, { name: 'jobtrain', limits: LIMITS });
}

export function resolveSeed(seed: JobtrainSeed | undefined, nowMs: number): ResolvedSeed {
	return {
		jobs: seed?.jobs ?? DEFAULT_SEED_SIZES.jobs,
		applications: seed?.applications ?? DEFAULT_SEED_SIZES.applications,
		randomSeed: seed?.randomSeed ?? DEFAULT_SEED_SIZES.randomSeed,
		anchorMs: anchorMs(seed?.anchor, nowMs),
	};
}
