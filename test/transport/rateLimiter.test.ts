import { SlidingWindowLimiter } from '../../nodes/shared/transport/rateLimiter';

describe('sliding-window rate limiter', () => {
	beforeEach(() => jest.useFakeTimers({ now: Date.parse('2030-01-01T00:00:00Z') }));
	afterEach(() => jest.useRealTimers());

	it('lets `limit` requests start at once, then holds the next until the oldest leaves the 60 s window', async () => {
		const limiter = new SlidingWindowLimiter(3);
		const started: number[] = [];
		const start = () => limiter.acquire().then(() => started.push(Date.now()));
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
		const a = limiter.acquire().then(() => order.push('a'));
		const b = limiter.acquire().then(() => order.push('b'));
		const c = limiter.acquire().then(() => order.push('c'));
		await jest.advanceTimersByTimeAsync(200_000);
		await Promise.all([a, b, c]);
		expect(order).toEqual(['a', 'b', 'c']);
	});
});
