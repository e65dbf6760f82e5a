/** Counts calls per key over a sliding window. */
export class RateWindow {
	private readonly calls = new Map<string, number[]>();

	constructor(private readonly windowMs: number) {}

	/**
	 * Records a call for `key` and says how many remain in the window, or, when `limit` calls already
	 * fall inside it, records nothing and says in how many whole seconds a slot frees.
	 */
	take(key: string, limit: number, nowMs: number): { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number } {
		const calls = this.calls.get(key) ?? [];
		while (calls.length > 0 && calls[0] <= nowMs - this.windowMs) calls.shift();
		this.calls.set(key, calls);
		if (calls.length >= limit) {
			const freesAt = calls[calls.length - limit] + this.windowMs;
			return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freesAt - nowMs) / 1000)) };
		}
		calls.push(nowMs);
		return { allowed: true, remaining: limit - calls.length };
	}

	clear(): void {
		this.calls.clear();
	}
}
