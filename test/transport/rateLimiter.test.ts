import { SlidingWindowLimiter } from '../../nodes/shared/transport/rateLimiter';

describe('sliding-window rate limiter', () => {
	beforeEach(() => jest.useFakeTimers({ now: Date.parse('2030-01-01T00:00:00Z') }));
	afterEach(() => jest.useRealTimers());

	it('lets `limit` requests start at once, then holds the next until the oldest leaves the 60 s window', async () => {
		const limiter = new SlidingWindowLimiter(3);
		const started: number[] = [];
		const start = () =>
			limiter.acquire().then((release) => {
				started.push(Date.now());
				release();
			});
		const all = [start(), start(), start(), start()];
		await jest.advanceTimersByTimeAsync(0);
		expect(started).toHaveLength(3);
		await jest.advanceTimersByTimeAsync(59_000);
		expect(started).toHaveLength(3);
		await jest.advanceTimersByTimeAsync(2_000);
		await Promise.all(all);
		expect(started).toHaveLength(4);
		expect(started[3] - started[0]).toBeGreaterThanOrEqual(60_000);
	});

	it('serves callers in the order they asked', async () => {
		const limiter = new SlidingWindowLimiter(1);
		const order: string[] = [];
		const take = (name: string) =>
			limiter.acquire().then((release) => {
				order.push(name);
				release();
			});
		const a = take('a');
		const b = take('b');
		const c = take('c');
		await jest.advanceTimersByTimeAsync(200_000);
		await Promise.all([a, b, c]);
		expect(order).toEqual(['a', 'b', 'c']);
	});

	it('counts a request from when its answer arrived, so a slow request holds its slot longer', async () => {
		const limiter = new SlidingWindowLimiter(1);
		const release = await limiter.acquire();
		await jest.advanceTimersByTimeAsync(30_000);
		release();
		let second = false;
		const next = limiter.acquire().then((done) => {
			second = true;
			done();
		});
		await jest.advanceTimersByTimeAsync(59_000);
		expect(second).toBe(false);
		await jest.advanceTimersByTimeAsync(2_000);
		await next;
		expect(second).toBe(true);
	});

	it('an in-flight request keeps its slot however long it takes', async () => {
		const limiter = new SlidingWindowLimiter(1);
		await limiter.acquire();
		let second = false;
		void limiter.acquire().then(() => {
			second = true;
		});
		await jest.advanceTimersByTimeAsync(120_000);
		expect(second).toBe(false);
	});
});
