import { REAL_TIME, SlidingWindowLimiter, type LimiterClock } from '../../nodes/shared/transport/rateLimiter';

/** A clock that moves only when told to; sleepers wake in time order, with the microtask queue drained between. */
class FakeClock implements LimiterClock {
	private time = Date.parse('2030-01-01T00:00:00Z');
	private sleepers: Array<{ until: number; wake: () => void }> = [];

	now(): number {
		return this.time;
	}

	async sleep(ms: number): Promise<void> {
		await new Promise<void>((wake) => this.sleepers.push({ until: this.time + ms, wake }));
	}

	/** Moves time forward by `ms`, waking every sleeper that is due on the way. */
	async advance(ms: number): Promise<void> {
		const end = this.time + ms;
		await settle();
		for (;;) {
			this.sleepers.sort((a, b) => a.until - b.until);
			const next = this.sleepers[0];
			if (!next || next.until > end) break;
			this.sleepers.shift();
			this.time = Math.max(this.time, next.until);
			next.wake();
			await settle();
		}
		this.time = end;
		await settle();
	}
}

async function settle(): Promise<void> {
	for (let round = 0; round < 20; round++) await Promise.resolve();
}

const WINDOW = 60_000;

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
		return state / 2 ** 31;
	};
}

describe('sliding-window rate limiter (controllable clock)', () => {
	it('ships with real time and a 60-second window', () => {
		const limiter = new SlidingWindowLimiter(10);
		expect(limiter.windowMs).toBe(60_000);
		expect(Math.abs(REAL_TIME.now() - Date.now())).toBeLessThan(50);
	});

	it('lets `limit` requests start at once, then holds the next until the oldest answer leaves the window', async () => {
		const clock = new FakeClock();
		const limiter = new SlidingWindowLimiter(3, { clock });
		const started: number[] = [];
		const start = async () => {
			const release = await limiter.acquire();
			started.push(clock.now());
			release();
		};
		const all = [start(), start(), start(), start()];
		await clock.advance(0);
		expect(started).toHaveLength(3);
		await clock.advance(WINDOW - 1);
		expect(started).toHaveLength(3);
		await clock.advance(1_000);
		await Promise.all(all);
		expect(started).toHaveLength(4);
		expect(started[3] - started[0]).toBeGreaterThanOrEqual(WINDOW);
	});

	it('never lets more than `limit` requests into any window, whatever their durations and arrival times', async () => {
		for (const [seed, limit] of [
			[1, 1],
			[2, 3],
			[3, 10],
			[4, 60],
		]) {
			const next = random(seed);
			const clock = new FakeClock();
			const limiter = new SlidingWindowLimiter(limit, { clock });
			const requests: Array<{ asked: number; start: number; answer: number }> = [];
			const send = async (asked: number, duration: number) => {
				const release = await limiter.acquire();
				const start = clock.now();
				await clock.sleep(duration);
				release();
				requests.push({ asked, start, answer: clock.now() });
			};
			const all: Array<Promise<void>> = [];
			// Bursts and trickles over ten simulated minutes; requests take 0 to 20 seconds each.
			for (let step = 0; step < 600; step++) {
				const arrivals = next() < 0.1 ? Math.floor(next() * limit * 2) : next() < 0.5 ? 1 : 0;
				for (let index = 0; index < arrivals; index++) all.push(send(clock.now(), Math.floor(next() * 20_000)));
				await clock.advance(1_000);
			}
			while (requests.length < all.length) await clock.advance(10_000);
			await Promise.all(all);

			const byStart = [...requests].sort((a, b) => a.start - b.start);
			expect(byStart.length).toBeGreaterThan(limit * 3);
			// The server sees each request at some moment between its start and its answer. Even when it sees
			// every one at the worst moment, a window ending at any start holds at most `limit` requests: those
			// started by then whose answer came less than a window earlier.
			for (const request of byStart) {
				const inWindow = byStart.filter((other) => other.start <= request.start && other.answer > request.start - WINDOW);
				expect(inWindow.length).toBeLessThanOrEqual(limit);
			}
			// The limit is used, not just respected: some window is full.
			expect(
				byStart.some((request) => byStart.filter((other) => other.start <= request.start && other.answer > request.start - WINDOW).length === limit),
			).toBe(true);
			// And nothing waits needlessly: every request started once a slot was free.
			expect(byStart.every((request) => request.start >= request.asked)).toBe(true);
		}
	});

	it('serves callers in the order they asked', async () => {
		const clock = new FakeClock();
		const limiter = new SlidingWindowLimiter(1, { clock });
		const order: string[] = [];
		const take = async (name: string) => {
			const release = await limiter.acquire();
			order.push(name);
			release();
		};
		const all = ['a', 'b', 'c', 'd', 'e'].map(take);
		await clock.advance(5 * (WINDOW + 1_000));
		await Promise.all(all);
		expect(order).toEqual(['a', 'b', 'c', 'd', 'e']);
	});

	it('counts a request from when its answer arrived, so a slow request holds its slot longer', async () => {
		const clock = new FakeClock();
		const limiter = new SlidingWindowLimiter(1, { clock });
		const release = await limiter.acquire();
		await clock.advance(30_000);
		release();
		let second = false;
		const next = limiter.acquire().then((done) => {
			second = true;
			done();
		});
		await clock.advance(WINDOW - 1);
		expect(second).toBe(false);
		await clock.advance(1_000);
		await next;
		expect(second).toBe(true);
	});

	it('an in-flight request keeps its slot however long it takes', async () => {
		const clock = new FakeClock();
		const limiter = new SlidingWindowLimiter(1, { clock });
		await limiter.acquire();
		let second = false;
		void limiter.acquire().then(() => {
			second = true;
		});
		await clock.advance(10 * WINDOW);
		expect(second).toBe(false);
	});

	it('takes a shorter window when told (as the in-engine tests do)', async () => {
		const clock = new FakeClock();
		const limiter = new SlidingWindowLimiter(2, { clock, windowMs: 1_000, safetyMarginMs: 0 });
		const starts: number[] = [];
		const all = Array.from({ length: 6 }, async () => {
			const release = await limiter.acquire();
			starts.push(clock.now());
			release();
		});
		await clock.advance(10_000);
		await Promise.all(all);
		const t0 = starts[0];
		expect(starts.map((start) => Math.round((start - t0) / 1_000))).toEqual([0, 0, 1, 1, 2, 2]);
	});
});
