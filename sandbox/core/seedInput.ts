import { HttpError } from './httpError';

/** How one provider's seed object is checked by {@link parseSeedInput}. */
export interface SeedInputSpec {
	/** The provider's name, as in "Invalid seed: jobcase must be an object." */
	readonly name: string;
	/** Count keys and their upper limits; each must be an integer from 0 to its limit. Checked in this order. */
	readonly limits: Readonly<Record<string, number>>;
	/** Keys the provider accepts besides the counts, `randomSeed` and `anchor`. */
	readonly otherKeys?: readonly string[];
	/** Checks of the other keys, run after the counts and before `randomSeed`; throw {@link badSeed} to refuse. */
	readonly checkOthers?: (seed: Readonly<Record<string, unknown>>) => void;
	/** Whether `anchor` is a date-time the provider reads. Default: `Date.parse` understands it. */
	readonly isAnchor?: (text: string) => boolean;
}

/**
 * Validates a seed sent to the control API: an object with only known keys, counts that are integers
 * within their limits, an optional integer `randomSeed` and an optional ISO 8601 `anchor`.
 * `undefined` gives `{}`. Throws HttpError 400.
 */
export function parseSeedInput<Seed extends object>(input: unknown, spec: SeedInputSpec): Seed {
	if (input === undefined) return {} as Seed;
	if (typeof input !== 'object' || input === null || Array.isArray(input)) throw badSeed(`${spec.name} must be an object`);
	const seed = input as Record<string, unknown>;
	const countKeys = Object.keys(spec.limits);
	const known = [...countKeys, ...(spec.otherKeys ?? []), 'randomSeed', 'anchor'];
	for (const key of Object.keys(seed)) if (!known.includes(key)) throw badSeed(`unknown key "${key}"`);
	for (const key of countKeys) {
		const value = seed[key];
		if (value === undefined) continue;
		const limit = spec.limits[key];
		if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > limit) {
			throw badSeed(`${key} must be an integer between 0 and ${limit}`);
		}
	}
	spec.checkOthers?.(seed);
	if (seed.randomSeed !== undefined && !Number.isInteger(seed.randomSeed)) throw badSeed('randomSeed must be an integer');
	const isAnchor = spec.isAnchor ?? ((text: string) => !Number.isNaN(Date.parse(text)));
	if (seed.anchor !== undefined && (typeof seed.anchor !== 'string' || !isAnchor(seed.anchor))) {
		throw badSeed('anchor must be an ISO 8601 date-time');
	}
	return seed as Seed;
}

/** The control API's answer to a seed it cannot use: 400 with "Invalid seed: <message>." */
export function badSeed(message: string): HttpError {
	return new HttpError(400, { error: `Invalid seed: ${message}.` });
}

/** Midnight UTC of the day `nowMs` falls in: the default "now" of seeded data. */
export function startOfUtcDayMs(nowMs: number): number {
	return Math.floor(nowMs / 86_400_000) * 86_400_000;
}

/** A seed's `anchor` in epoch milliseconds, or {@link startOfUtcDayMs} when it has none. */
export function anchorMs(anchor: string | undefined, nowMs: number): number {
	return anchor ? Date.parse(anchor) : startOfUtcDayMs(nowMs);
}
