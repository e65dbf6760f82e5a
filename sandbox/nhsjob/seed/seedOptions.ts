import { anchorMs, badSeed, parseSeedInput } from '../../core/seedInput';

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
	return parseSeedInput<NhsJobSeed>(input, {
		name: 'nhsjob',
		limits: LIMITS,
		otherKeys: ['closedShare'],
		checkOthers: ({ closedShare: share }) => {
			if (share !== undefined && (typeof share !== 'number' || share < 0 || share > 1)) throw badSeed('closedShare must be between 0 and 1');
		},
	});
}

export function resolveSeed(seed: NhsJobSeed, nowMs: number): ResolvedSeed {
	return {
		jobs: seed.jobs ?? DEFAULTS.jobs,
		closedShare: seed.closedShare ?? DEFAULTS.closedShare,
		candidates: seed.candidates ?? DEFAULTS.candidates,
		randomSeed: seed.randomSeed ?? DEFAULTS.randomSeed,
		anchorMs: anchorMs(seed.anchor, nowMs),
	};
}
