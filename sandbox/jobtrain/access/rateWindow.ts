/** Counts calls per key over a sliding window; answers how long to wait when the limit is reached. */
export class RateWindow {
	private readonly calls = new Map<string, number[]>();

	constructor(private readonly windowMs: number) {}

	/** Records a call and returns 0, or records nothing and returns the whole seconds until a slot frees. */
	tryAcquire(key: string, limit: number, nowMs: number): number {
		const calls = (this.calls.get(key) ?? []).filter((time) => time > nowMs - this.windowMs);
		this.calls.set(key, calls);
		if (calls.length >= limit) return Math.max(1, Math.ceil((calls[calls.length - limit] + this.windowMs - nowMs) / 1000));
		calls.push(nowMs);
		return 0;
	}

	clear(): void {
		this.calls.clear();
	}
}
