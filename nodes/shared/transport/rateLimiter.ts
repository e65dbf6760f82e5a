import { sleep } from 'n8n-workflow';

/** Time as the limiter sees it: real time in n8n, a controllable clock in tests. */
export interface LimiterClock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

export const REAL_TIME: LimiterClock = {
	now: () => Date.now(),
	sleep: async (ms) => await sleep(ms),
};

export interface LimiterOptions {
	clock?: LimiterClock;
	/** Length of the sliding window; providers publish limits per minute. */
	windowMs?: number;
	/** Leaves room for clock granularity between us and the server. */
	safetyMarginMs?: number;
}

const DEFAULTS: Required<LimiterOptions> = { clock: REAL_TIME, windowMs: 60_000, safetyMarginMs: 250 };

interface Slot {
	/** When the request left, or, once its answer arrived, when that was. */
	at: number;
	inFlight: boolean;
}

/** After a 429 the limit drops to this share of what was in use; it never drops below 1. */
export const THROTTLED_SHARE = 0.8;
/** Each full window without a 429 raises a lowered limit by this share (at least 1 request), up to the configured one. */
export const RECOVERY_SHARE = 0.05;

/**
 * Sliding-window limiter: at most `limit` requests in any window (60 seconds unless told otherwise). A
 * request counts from the moment its answer arrives, which is never earlier than the server saw it, so
 * our window can never be shorter than the server's. Callers queue in order, so items of one execution
 * (and executions sharing a credential) never overrun the limit.
 *
 * It also adapts when the server says otherwise: other n8n processes (queue-mode workers) using the same
 * credential spend the same server budget, and only the server sees them all. `onThrottled` (a 429)
 * pauses every new request until its Retry-After has passed and lowers the limit; each full window
 * without a 429 raises it again by 5 % (at least 1), never above the configured limit.
 */
export class SlidingWindowLimiter {
	readonly windowMs: number;
	private readonly clock: LimiterClock;
	private readonly safetyMarginMs: number;
	private slots: Slot[] = [];
	private queue: Promise<void> = Promise.resolve();
	/** The limit after the last 429, and when that 429 came; undefined once fully recovered. */
	private lowered?: { limit: number; at: number };
	private pausedUntil = 0;
	/** When a 429 last lowered the limit: lowering shows its effect only once the window has moved on. */
	private lastLoweredAt = -Infinity;

	constructor(
		private limit: number,
		options: LimiterOptions = {},
	) {
		this.clock = options.clock ?? DEFAULTS.clock;
		this.windowMs = options.windowMs ?? DEFAULTS.windowMs;
		this.safetyMarginMs = options.safetyMarginMs ?? DEFAULTS.safetyMarginMs;
	}

	/** The configured limit (the credential's share); a limit lowered by 429s stays lowered, within it. */
	setLimit(limit: number): void {
		this.limit = limit;
	}

	/** The limit in force now: the configured one, or less while recovering from a 429. */
	effectiveLimit(): number {
		const configured = Math.max(1, Math.floor(this.limit));
		if (!this.lowered) return configured;
		let recovered = this.lowered.limit;
		const windows = Math.floor((this.clock.now() - this.lowered.at) / this.windowMs);
		for (let window = 0; window < windows && recovered < configured; window++) recovered += Math.max(1, Math.floor(recovered * RECOVERY_SHARE));
		if (recovered >= configured) {
			this.lowered = undefined;
			return configured;
		}
		return Math.max(1, recovered);
	}

	/**
	 * The server answered 429: something else spends this credential's budget too. No new request starts
	 * until `retryAfterMs` has passed (none without a Retry-After), and the limit drops to 80 % of the
	 * requests this process had in the window (but to no less than 40 % of the limit in force). It is lowered
	 * at most once per window, since a lower limit shows its effect only once the window has moved on;
	 * later 429s pause and restart the recovery. A Retry-After longer
	 * than the window belongs to another quota (a daily one) and changes nothing here.
	 */
	onThrottled(retryAfterMs?: number): void {
		// A wait longer than the window is another quota (e.g. Jobcase's 50 candidate estimates a day): not ours to pace.
		if (retryAfterMs !== undefined && retryAfterMs > this.windowMs + this.safetyMarginMs) return;
		const now = this.clock.now();
		const current = this.effectiveLimit();
		const inUse = this.slots.filter((slot) => slot.inFlight || slot.at > now - this.windowMs - this.safetyMarginMs).length;
		// What this process had in use when the server refused is more than its share; a lone 429 at most halves the limit.
		const basis = Math.min(current, Math.max(inUse, current / 2));
		const lowers = now >= this.pausedUntil && now - this.lastLoweredAt >= this.windowMs;
		if (lowers) this.lastLoweredAt = now;
		this.lowered = { limit: lowers ? Math.max(1, Math.floor(basis * THROTTLED_SHARE)) : current, at: now };
		this.pausedUntil = Math.max(this.pausedUntil, now + Math.max(0, retryAfterMs ?? 0));
	}

	/** Waits for a free slot; call the returned function when the request's answer has arrived. */
	acquire(): Promise<() => void> {
		const turn = this.queue.then(async () => await this.waitForSlot());
		this.queue = turn.then(
			() => undefined,
			() => undefined,
		);
		return turn;
	}

	private async waitForSlot(): Promise<() => void> {
		const span = this.windowMs + this.safetyMarginMs;
		for (;;) {
			const now = this.clock.now();
			if (now < this.pausedUntil) {
				await this.clock.sleep(this.pausedUntil - now);
				continue;
			}
			this.slots = this.slots.filter((slot) => slot.inFlight || slot.at > now - span);
			if (this.slots.length < this.effectiveLimit()) {
				const slot: Slot = { at: now, inFlight: true };
				this.slots.push(slot);
				return () => {
					slot.at = this.clock.now();
					slot.inFlight = false;
				};
			}
			const settled = this.slots.filter((slot) => !slot.inFlight).map((slot) => slot.at);
			const oldest = settled.length > 0 ? Math.min(...settled) : now;
			await this.clock.sleep(Math.max(1, oldest + span - now + 1));
		}
	}
}

const limiters = new Map<string, SlidingWindowLimiter>();
let registryOptions: LimiterOptions = {};

/** One limiter per provider credential, kept for the life of the n8n process. */
export function limiterFor(key: string, requestsPerMinute: number): SlidingWindowLimiter {
	let limiter = limiters.get(key);
	if (!limiter) {
		limiter = new SlidingWindowLimiter(requestsPerMinute, registryOptions);
		limiters.set(key, limiter);
	} else {
		limiter.setLimit(requestsPerMinute);
	}
	return limiter;
}

/**
 * Changes the clock or window of the limiters `limiterFor` hands out from now on, and forgets the
 * existing ones. Nothing in the package calls it: n8n always runs with real time and a 60-second window.
 * Tests that run the engine in-process use it to prove in seconds what takes minutes in real time;
 * the returned function restores the defaults.
 */
export function configureLimiters(options: LimiterOptions): () => void {
	registryOptions = { ...options };
	limiters.clear();
	return () => {
		registryOptions = {};
		limiters.clear();
	};
}
