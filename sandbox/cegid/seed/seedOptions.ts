import { HttpError } from '../../core/httpError';

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
const KEYS = ['vacancies', 'candidates', 'randomSeed', 'anchor'];

/** Validates a seed from the control API; throws HttpError 400. */
export function parseCegidSeed(input: unknown): CegidSeed {
	if (input === undefined) return {};
	if (typeof input !== 'object' || input === null || Array.isArray(input)) throw badSeed('cegid must be an object');
	const seed = input as Record<string, unknown>;
	for (const key of Object.keys(seed)) if (!KEYS.includes(key)) throw badSeed(`unknown key "${key}"`);
	for (const key of ['vacancies', 'candidates'] as const) {
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
	return seed as CegidSeed;
}

export function resolveCegidSeed(seed: CegidSeed | undefined, nowMs: number): ResolvedCegidSeed {
	return {
		vacancies: seed?.vacancies ?? DEFAULT_CEGID_SEED.vacancies,
		candidates: seed?.candidates ?? DEFAULT_CEGID_SEED.candidates,
		randomSeed: seed?.randomSeed ?? DEFAULT_CEGID_SEED.randomSeed,
		anchorMs: seed?.anchor ? Date.parse(seed.anchor) : Math.floor(nowMs / 86_400_000) * 86_400_000,
	};
}

function badSeed(message: string): HttpError {
	return new HttpError(400, { error: `Invalid seed: ${message}.` });
}
