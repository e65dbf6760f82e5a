import { createHash } from 'crypto';

/**
 * Tokens fetched in this process, per credential: one token request per credential at a time
 * (callers arriving meanwhile share it), and a token fetched by one execution serves the others
 * instead of being fetched again. n8n stores the token in the credential, but parallel executions
 * read the credential before any of them fetched one; this is what they share.
 */
export interface FetchedToken {
	token: string;
	/** Seconds the provider said the token lasts (`expires_in`), when it said. */
	expiresInSeconds?: number;
}

interface Entry {
	token?: string;
	inFlight?: Promise<FetchedToken>;
}

const entries = new Map<string, Entry>();
/** Token → when it should be renewed, from `expires_in`. */
const renewAt = new Map<string, number>();
/** Renew this share of a token's lifetime early (at most 30 s), so it is not refused mid-run. */
const EARLY_SHARE = 0.05;
const MAX_EARLY_MS = 30_000;

/** A key for a credential that holds no secret: a hash of the values that decide which token is issued. */
export function credentialKey(...parts: unknown[]): string {
	return createHash('sha256').update(parts.map((part) => String(part ?? '')).join('\u0000')).digest('hex');
}

/**
 * The token for `key`: the one being fetched right now, else one fetched since `current` (the token the
 * caller holds, refused or empty), else a new one from `requestToken`.
 */
export async function sharedToken(key: string, current: unknown, requestToken: () => Promise<FetchedToken>): Promise<string> {
	const entry = entries.get(key) ?? {};
	if (entry.inFlight) return (await entry.inFlight).token;
	if (entry.token && entry.token !== current && !isOutlived(entry.token)) return entry.token;

	const inFlight = requestToken();
	entries.set(key, { ...entry, inFlight });
	let fetched: FetchedToken;
	try {
		fetched = await inFlight;
	} finally {
		// Refused or not, the next caller asks again rather than waiting on a settled request.
		entries.set(key, { token: entry.token });
	}
	if (entry.token !== undefined) renewAt.delete(entry.token);
	entries.set(key, { token: fetched.token });
	if (fetched.expiresInSeconds !== undefined && fetched.expiresInSeconds > 0) {
		const lifetimeMs = fetched.expiresInSeconds * 1000;
		renewAt.set(fetched.token, Date.now() + lifetimeMs - Math.min(lifetimeMs * EARLY_SHARE, MAX_EARLY_MS));
	}
	return fetched.token;
}

/** A token the provider refused: no caller may be handed it again. */
export function forgetToken(token: unknown): void {
	if (typeof token !== 'string' || token === '') return;
	renewAt.delete(token);
	for (const [key, entry] of entries) {
		if (entry.token === token) entries.set(key, { inFlight: entry.inFlight });
	}
}

/** True once a token is past the lifetime its provider announced (less a small margin). */
export function isOutlived(token: unknown): boolean {
	if (typeof token !== 'string') return false;
	const at = renewAt.get(token);
	return at !== undefined && Date.now() >= at;
}
