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

/**
 * A server with its own sliding-window limit, counting requests when they arrive, as Jobcase does: beyond
 * `limit`, it answers 429 with Retry-After (whole seconds until a slot frees) and counts nothing.
 */
class SimulatedServer {
	readonly accepted: number[] = [];
	throttled = 0;

	constructor(
		private readonly clock: FakeClock,
		private readonly limit: number,
	) {}

	/** Seconds to wait (a 429), or 0 when accepted. */
	receive(): number {
		const now = this.clock.now();
		const recent = this.accepted.filter((at) => at > now - WINDOW);
		if (recent.length >= this.limit) {
			this.throttled++;
			return Math.max(1, Math.ceil((recent[recent.length - this.limit] + WINDOW - now) / 1_000));
		}
		this.accepted.push(now);
		return 0;
	}
}

/**
 * One n8n process working through `items` one at a time, as a node does, through its own limiter: a 429 is
 * retried after its Retry-After, like the API client; `adaptive` tells the limiter about it, as the client does.
 */
async function workThrough(clock: FakeClock, server: SimulatedServer, limiter: SlidingWindowLimiter, items: number, adaptive: boolean): Promise<number> {
	let done = 0;
	for (let item = 0; item < items; item++) {
		for (;;) {
			const release = await limiter.acquire();
			const wait = server.receive();
			await clock.sleep(100);
			release();
			if (wait === 0) break;
			if (adaptive) limiter.onThrottled(wait * 1_000);
			await clock.sleep(wait * 1_000);
		}
		done++;
	}
	return done;
}

describe('adaptive limiter: other processes spend the same budget (controllable clock)', () => {
	it('a 429 holds every new request until Retry-After has passed, even with free slots', async () => {
		const clock = new FakeClock();
		const limiter = new SlidingWindowLimiter(10, { clock });
		(await limiter.acquire())();
		limiter.onThrottled(5_000);
		const started: number[] = [];
		const t0 = clock.now();
		const all = [0, 1, 2].map(async () => {
			const release = await limiter.acquire();
			started.push(clock.now() - t0);
			release();
		});
		await clock.advance(4_999);
		expect(started).toEqual([]);
		await clock.advance(1);
		await Promise.all(all);
		expect(started).toEqual([5_000, 5_000, 5_000]);
	});

	it('lowers the limit to 80 % of the requests in use, never below 1, at most once per window', async () => {
		const clock = new FakeClock();
		const limiter = new SlidingWindowLimiter(200, { clock });
		for (let request = 0; request < 100; request++) (await limiter.acquire())();
		expect(limiter.effectiveLimit()).toBe(200);
		limiter.onThrottled(30_000);
		// 100 requests were in the window when the server refused: this process's share is below that.
		expect(limiter.effectiveLimit()).toBe(80);
		limiter.onThrottled(30_000);
		expect(limiter.effectiveLimit()).toBe(80);
		await clock.advance(30_000);
		limiter.onThrottled(1_000);
		expect(limiter.effectiveLimit()).toBe(80);
		await clock.advance(WINDOW);
		limiter.onThrottled(1_000);
		// A window later the limit had recovered to 84; the window now holds none of those 100, and one
		// lowering goes no further than 40 % of the limit in force.
		expect(limiter.effectiveLimit()).toBe(33);

		const single = new SlidingWindowLimiter(1, { clock });
		(await single.acquire())();
		single.onThrottled(0);
		expect(single.effectiveLimit()).toBe(1);
		await clock.advance(WINDOW);
		single.onThrottled(0);
		expect(single.effectiveLimit()).toBe(1);
	});

	it('a lowered limit holds: no more requests than it in any window', async () => {
		const clock = new FakeClock();
		const limiter = new SlidingWindowLimiter(100, { clock });
		for (let request = 0; request < 100; request++) (await limiter.acquire())();
		limiter.onThrottled(0);
		expect(limiter.effectiveLimit()).toBe(80);
		// Once the window has moved on, one full window without a 429 has raised it by 5 %.
		await clock.advance(WINDOW + 1_000);
		expect(limiter.effectiveLimit()).toBe(84);
		const starts: number[] = [];
		const all = Array.from({ length: 90 }, async () => {
			const release = await limiter.acquire();
			starts.push(clock.now());
			release();
		});
		for (let round = 0; round < 20; round++) await clock.advance(0);
		expect(starts).toHaveLength(84);
		await clock.advance(WINDOW + 1_000);
		await Promise.all(all);
		expect(starts).toHaveLength(90);
	});

	it('a 429 whose Retry-After is longer than the window (a daily quota) neither pauses nor lowers the limit', async () => {
		const clock = new FakeClock();
		const limiter = new SlidingWindowLimiter(10, { clock });
		for (let request = 0; request < 5; request++) (await limiter.acquire())();
		limiter.onThrottled(6 * 60 * 60 * 1_000);
		expect(limiter.effectiveLimit()).toBe(10);
		let started = false;
		void limiter.acquire().then((release) => {
			started = true;
			release();
		});
		await clock.advance(0);
		expect(started).toBe(true);
	});

	it('raises a lowered limit by 5 % per full window without a 429, up to the configured limit', async () => {
		const clock = new FakeClock();
		const limiter = new SlidingWindowLimiter(200, { clock });
		for (let request = 0; request < 200; request++) (await limiter.acquire())();
		limiter.onThrottled(1_000);
		expect(limiter.effectiveLimit()).toBe(160);
		await clock.advance(WINDOW - 1);
		expect(limiter.effectiveLimit()).toBe(160);
		await clock.advance(1);
		expect(limiter.effectiveLimit()).toBe(168);
		await clock.advance(2 * WINDOW);
		expect(limiter.effectiveLimit()).toBe(184);
		// The credential's limit can change meanwhile (n8n reads it for every request): the lowered one stays below it.
		limiter.setLimit(100);
		expect(limiter.effectiveLimit()).toBe(100);
		limiter.setLimit(200);
		await clock.advance(10 * WINDOW);
		expect(limiter.effectiveLimit()).toBe(200);
	});

	it('three processes at the full limit each, two executions in each: adaptive, far fewer 429s than fixed limiters, every item succeeds once', async () => {
		const run = async (adaptive: boolean) => {
			const clock = new FakeClock();
			const server = new SimulatedServer(clock, 200);
			const executions = [0, 1, 2].flatMap(() => {
				const limiter = new SlidingWindowLimiter(200, { clock });
				return [0, 1].map(async () => await workThrough(clock, server, limiter, 600, adaptive));
			});
			return { done: await untilSettled(clock, executions), accepted: server.accepted.length, throttled: server.throttled };
		};
		const fixed = await run(false);
		const adaptive = await run(true);
		expect(fixed.done).toEqual([600, 600, 600, 600, 600, 600]);
		expect(adaptive.done).toEqual([600, 600, 600, 600, 600, 600]);
		expect(adaptive.accepted).toBe(3_600);
		expect(fixed.throttled).toBeGreaterThan(0);
		expect(adaptive.throttled).toBeLessThan(fixed.throttled / 2);
	});

	it('two processes each keeping to half the limit are never refused', async () => {
		const clock = new FakeClock();
		const server = new SimulatedServer(clock, 200);
		const limiters = [new SlidingWindowLimiter(100, { clock }), new SlidingWindowLimiter(100, { clock })];
		const all = limiters.map(async (limiter) => await workThrough(clock, server, limiter, 400, true));
		expect(await untilSettled(clock, all)).toEqual([400, 400]);
		expect(server.throttled).toBe(0);
		expect(slidingPeak(server.accepted)).toBe(200);
	});
});

/** Moves the clock on a second at a time until every one of `work` has finished. */
async function untilSettled<T>(clock: FakeClock, work: Array<Promise<T>>): Promise<T[]> {
	let finished = false;
	const all = Promise.all(work).finally(() => {
		finished = true;
	});
	while (!finished) await clock.advance(1_000);
	return await all;
}

function slidingPeak(times: number[]): number {
	return Math.max(...times.map((start) => times.filter((at) => at >= start && at < start + WINDOW).length));
}
