import { sleep } from 'n8n-workflow';

const WINDOW_MS = 60_000;
/** Server and client clocks see a request at slightly different moments; keep clear of the edge. */
const SAFETY_MARGIN_MS = 250;

/**
 * Sliding-window limiter: at most `limit` requests start in any 60-second window. Callers queue in
 * order, so items of one execution (and executions sharing a credential) never overrun the limit.
 */
export class SlidingWindowLimiter {
	private readonly starts: number[] = [];
	private queue: Promise<void> = Promise.resolve();

	constructor(private limit: number) {}

	setLimit(limit: number): void {
		this.limit = limit;
	}

	acquire(): Promise<void> {
		const turn = this.queue.then(async () => await this.waitForSlot());
		this.queue = turn.catch(() => undefined);
		return turn;
	}

	private async waitForSlot(): Promise<void> {
		for (;;) {
			const now = Date.now();
			while (this.starts.length > 0 && this.starts[0] <= now - WINDOW_MS - SAFETY_MARGIN_MS) {
				this.starts.shift();
			}
			if (this.starts.length < this.limit) {
				this.starts.push(now);
				return;
			}
			await sleep(this.starts[0] + WINDOW_MS + SAFETY_MARGIN_MS - now + 1);
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
