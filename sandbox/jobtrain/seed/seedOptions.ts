import { HttpError } from '../../core/httpError';

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
	if (input === undefined) return {};
	if (typeof input !== 'object' || input === null || Array.isArray(input)) throw badSeed('jobtrain must be an object');
	const seed = input as Record<string, unknown>;
	for (const key of Object.keys(seed)) {
		if (!['jobs', 'applications', 'randomSeed', 'anchor'].includes(key)) throw badSeed(`unknown key "${key}"`);
	}
	for (const key of ['jobs', 'applications'] as const) {
		const value = seed[key];
		if (value === undefined) continue;
		if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > LIMITS[key]) {
			throw badSeed(`${key} must be an integer between 0 and ${LIMITS[key]}`);
		}
	}
	if (seed.randomSeed !== undefined && !Number.isInteger(seed.randomSeed)) throw badSeed('randomSeed must be an integer');
	if (seed.anchor !== undefined && (typeof seed.anchor !== 'string' || Number.isNaN(Date.parse(seed.anchor)))) {
		throw badSeed('anchor must be an ISO 8601 date-time');
	}
	return seed as JobtrainSeed;
}

export function resolveSeed(seed: JobtrainSeed | undefined, nowMs: number): ResolvedSeed {
	return {
		jobs: seed?.jobs ?? DEFAULT_SEED_SIZES.jobs,
		applications: seed?.applications ?? DEFAULT_SEED_SIZES.applications,
		randomSeed: seed?.randomSeed ?? DEFAULT_SEED_SIZES.randomSeed,
		anchorMs: seed?.anchor ? Date.parse(seed.anchor) : Math.floor(nowMs / 86_400_000) * 86_400_000,
	};
}

function badSeed(message: string): HttpError {
	return new HttpError(400, { error: `Invalid seed: ${message}.` });
}
