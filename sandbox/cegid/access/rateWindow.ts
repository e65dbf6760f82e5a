/** Counts calls per client over a sliding window. */
export class RateWindow {
	private calls: number[] = [];

	/** Records a call and returns 0, or records nothing and returns the whole seconds until a slot frees. */
	tryAcquire(limit: number, windowMs: number, nowMs: number): number {
		while (this.calls.length > 0 && this.calls[0] <= nowMs - windowMs) this.calls.shift();
		if (this.calls.length >= limit) {
			const freesAt = this.calls[this.calls.length - limit] + windowMs;
			return Math.max(1, Math.ceil((freesAt - nowMs) / 1000));
		}
		this.calls.push(nowMs);
		return 0;
	}

	clear(): void {
		this.calls = [];
	}
}
