/** Counts calls per key over a sliding window, like DRF's SimpleRateThrottle. */
export class SlidingWindowLimiter {
	private readonly windows = new Map<string, number[]>();

	/**
	 * Records a call for `key` and returns 0, or, when `limit` calls already fall inside the window, records
	 * nothing and returns the whole seconds until a slot frees (at least 1).
	 */
	tryAcquire(key: string, limit: number, nowMs: number, windowMs: number): number {
		const calls = this.windows.get(key) ?? [];
		while (calls.length > 0 && calls[0] <= nowMs - windowMs) calls.shift();
		this.windows.set(key, calls);
		if (calls.length >= limit) {
			const freesAt = calls[calls.length - limit] + windowMs;
			return Math.max(1, Math.ceil((freesAt - nowMs) / 1000));
		}
		calls.push(nowMs);
		return 0;
	}

	clear(): void {
		this.windows.clear();
	}
}
