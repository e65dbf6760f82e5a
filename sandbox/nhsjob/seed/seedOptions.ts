import { HttpError } from '../../core/httpError';

export interface NhsJobSeed {
	/** Job listings, open and closed. Default 250. */
	readonly jobs?: number;
	/** Every tenth job is closed unless this says otherwise (0 to 1). */
	readonly closedShare?: number;
	readonly candidates?: number;
	/** Seed of the pseudo-random generator; the same value gives the same data. Default 1. */
	readonly randomSeed?: number;
	/** "Now" for the seeded dates, ISO 8601. Default: the start of the current UTC day. */
	readonly anchor?: string;
}

export interface ResolvedSeed {
	readonly jobs: number;
	readonly closedShare: number;
	readonly candidates: number;
	readonly randomSeed: number;
	readonly anchorMs: number;
}

const DEFAULTS = { jobs: 250, closedShare: 0.1, candidates: 40, randomSeed: 1 } as const;
const LIMITS = { jobs: 200_000, candidates: 100_000 } as const;

/** Validates a seed from the control API; throws HttpError 400. */
export function parseNhsJobSeed(input: unknown): NhsJobSeed {
	if (input === undefined) return {};
	if (typeof input !== 'object' || input === null || Array.isArray(input)) throw badSeed('nhsjob must be an object');
	const seed = input as Record<string, unknown>;
	for (const key of Object.keys(seed)) {
		if (!['jobs', 'closedShare', 'candidates', 'randomSeed', 'anchor'].includes(key)) throw badSeed(`unknown key "${key}"`);
	}
	for (const key of ['jobs', 'candidates'] as const) {
		const value = seed[key];
		if (value === undefined) continue;
		if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > LIMITS[key]) {
			throw badSeed(`${key} must be an integer between 0 and ${LIMITS[key]}`);
		}
	}
	const share = seed.closedShare;
	if (share !== undefined && (typeof share !== 'number' || share < 0 || share > 1)) throw badSeed('closedShare must be between 0 and 1');
	if (seed.randomSeed !== undefined && !Number.isInteger(seed.randomSeed)) throw badSeed('randomSeed must be an integer');
	if (seed.anchor !== undefined && (typeof seed.anchor !== 'string' || Number.isNaN(Date.parse(seed.anchor)))) {
		throw badSeed('anchor must be an ISO 8601 date-time');
	}
	return seed as NhsJobSeed;
}

export function resolveSeed(seed: NhsJobSeed, nowMs: number): ResolvedSeed {
	return {
		jobs: seed.jobs ?? DEFAULTS.jobs,
		closedShare: seed.closedShare ?? DEFAULTS.closedShare,
		candidates: seed.candidates ?? DEFAULTS.candidates,
		randomSeed: seed.randomSeed ?? DEFAULTS.randomSeed,
		anchorMs: seed.anchor ? Date.parse(seed.anchor) : Math.floor(nowMs / 86_400_000) * 86_400_000,
	};
}

function badSeed(message: string): HttpError {
	return new HttpError(400, { error: `Invalid seed: ${message}.` });
}
