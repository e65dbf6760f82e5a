import { anchorMs, parseSeedInput } from '../../core/seedInput';

export interface CegidSeed {
	readonly vacancies?: number;
	readonly candidates?: number;
	/** Seed of the pseudo-random generator; the same value gives the same data. Default 1. */
	readonly randomSeed?: number;
	/** "Now" for the seeded dates, ISO 8601. Default: the start of the current UTC day. */
	readonly anchor?: string;
}

export interface ResolvedCegidSeed {
	readonly vacancies: number;
	readonly candidates: number;
	readonly randomSeed: number;
	readonly anchorMs: number;
}

export const DEFAULT_CEGID_SEED = { vacancies: 120, candidates: 30, randomSeed: 1 } as const;

const LIMITS = { vacancies: 200_000, candidates: 20_000 } as const;

/** Validates a seed from the control API; throws HttpError 400. */
export function parseCegidSeed(input: unknown): CegidSeed {
	return parseSeedInput<CegidSeed>(input, { name: 'cegid', limits: LIMITS });
}

export function resolveCegidSeed(seed: CegidSeed | undefined, nowMs: number): ResolvedCegidSeed {
	return {
		vacancies: seed?.vacancies ?? DEFAULT_CEGID_SEED.vacancies,
		candidates: seed?.candidates ?? DEFAULT_CEGID_SEED.candidates,
		randomSeed: seed?.randomSeed ?? DEFAULT_CEGID_SEED.randomSeed,
		anchorMs: anchorMs(seed?.anchor, nowMs),
	};
}
