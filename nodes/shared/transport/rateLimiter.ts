import { sleep } from 'n8n-workflow';

const WINDOW_MS = 60_000;
/** Leaves room for clock granularity between us and the server. */
const SAFETY_MARGIN_MS = 250;

interface Slot {
	/** When the request left, or, once its answer arrived, when that was. */
	at: number;
	inFlight: boolean;
}

/**
 * Sliding-window limiter: at most `limit` requests in any 60-second window. A request counts from
 * the moment its answer arrives, which is never earlier than the server saw it, so our window can
 * never be shorter than the server's. Callers queue in order, so items of one execution (and
 * executions sharing a credential) never overrun the limit.
 */
export class SlidingWindowLimiter {
	private slots: Slot[] = [];
	private queue: Promise<void> = Promise.resolve();

	constructor(private limit: number) {}

	setLimit(limit: number): void {
		this.limit = limit;
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
		for (;;) {
			const now = Date.now();
			this.slots = this.slots.filter((slot) => slot.inFlight || slot.at > now - WINDOW_MS - SAFETY_MARGIN_MS);
			if (this.slots.length < this.limit) {
				const slot: Slot = { at: now, inFlight: true };
				this.slots.push(slot);
				return () => {
					slot.at = Date.now();
					slot.inFlight = false;
				};
			}
			const settled = this.slots.filter((slot) => !slot.inFlight).map((slot) => slot.at);
			const oldest = settled.length > 0 ? Math.min(...settled) : now;
			await sleep(Math.max(1, oldest + WINDOW_MS + SAFETY_MARGIN_MS - now + 1));
		}
	}
}

const limiters = new Map<string, SlidingWindowLimiter>();

/** One limiter per provider credential, kept for the life of the n8n process. */
export function limiterFor(key: string, requestsPerMinute: number): SlidingWindowLimiter {
	let limiter = limiters.get(key);
	if (!limiter) {
		limiter = new SlidingWindowLimiter(requestsPerMinute);
		limiters.set(key, limiter);
	} else {
		limiter.setLimit(requestsPerMinute);
	}
	return limiter;
}
