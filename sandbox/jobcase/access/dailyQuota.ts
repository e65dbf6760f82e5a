const DAY_MS = 86_400_000;

/** Counts calls per key per UTC day (the candidate estimate's 50-a-day limit). */
export class DailyQuota {
	private readonly used = new Map<string, { day: number; count: number }>();

	/** Records a call and returns 0, or returns the whole seconds until the next UTC midnight. */
	tryUse(key: string, limit: number, nowMs: number): number {
		const day = Math.floor(nowMs / DAY_MS);
		const entry = this.used.get(key);
		const count = entry && entry.day === day ? entry.count : 0;
		if (count >= limit) return Math.max(1, Math.ceil(((day + 1) * DAY_MS - nowMs) / 1000));
		this.used.set(key, { day, count: count + 1 });
		return 0;
	}

	clear(): void {
		this.used.clear();
	}
}
