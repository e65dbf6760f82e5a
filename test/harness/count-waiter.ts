interface Waiter {
	count: number;
	resolve(): void;
	reject(error: Error): void;
	timer: NodeJS.Timeout;
}

/** Lets tests await until a growing list reaches a length, failing with a clear message on timeout or error. */
export class CountWaiter {
	private readonly waiters = new Set<Waiter>();

	private failure: Error | undefined;

	constructor(
		private readonly what: string,
		private readonly currentCount: () => number,
	) {}

	async waitFor(count: number, timeoutMs: number): Promise<void> {
		if (this.failure) throw this.failure;
		if (this.currentCount() >= count) return;
		await new Promise<void>((resolve, reject) => {
			const waiter: Waiter = {
				count,
				resolve,
				reject,
				timer: setTimeout(() => {
					this.waiters.delete(waiter);
					reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${count} ${this.what}; got ${this.currentCount()}`));
				}, timeoutMs),
			};
			this.waiters.add(waiter);
		});
	}

	/** Call after the list grew. */
	notify(): void {
		for (const waiter of this.waiters) {
			if (this.currentCount() < waiter.count) continue;
			this.settle(waiter);
			waiter.resolve();
		}
	}

	/** Makes every pending and later wait fail with `error`. */
	fail(error: Error): void {
		this.failure ??= error;
		for (const waiter of this.waiters) {
			this.settle(waiter);
			waiter.reject(error);
		}
	}

	/** Rejects pending waits, e.g. when the trigger is closed; clears their timers. */
	cancel(reason: string): void {
		for (const waiter of this.waiters) {
			this.settle(waiter);
			waiter.reject(new Error(`Stopped waiting for ${waiter.count} ${this.what}: ${reason}`));
		}
	}

	private settle(waiter: Waiter): void {
		clearTimeout(waiter.timer);
		this.waiters.delete(waiter);
	}
}
