import { join } from 'path';

import type * as RateLimiterModule from '../../nodes/shared/transport/rateLimiter';
import { publishedPackageDir } from '../harness';
import { items, startJobcase, type JobcaseFixture } from './fixture';
import { slidingWindowPeak } from '../../bench/slidingWindowPeak';

/**
 * The limiter module the engine loaded from the built package (the instance the node uses), with a
 * one-second window: the guarantee is the same as with n8n's 60 seconds, proven in seconds. The
 * full-minute measurement at Jobcase's real 200 per minute is `npm run bench`.
 */
const shippedLimiter = require(join(publishedPackageDir('n8n-nodes-jobcase'), 'dist/nodes/shared/transport/rateLimiter.js')) as typeof RateLimiterModule;

const LIMIT = 20;
const WINDOW_MS = 1_000;
const ITEMS = 70;

let jobcase: JobcaseFixture;
let restore: () => void;
beforeAll(async () => {
	restore = shippedLimiter.configureLimiters({ windowMs: WINDOW_MS });
	jobcase = await startJobcase({ jobs: ITEMS });
	await jobcase.control.config({ jobcase: { rateLimitPerMinute: 200 } });
	jobcase.credentials.jobcaseApi.requestsPerMinute = LIMIT;
});
afterAll(async () => {
	restore();
	await jobcase.close();
});

describe('Jobcase rate limit through the engine', () => {
	it('70 items at 20 per window: every item succeeds, no window holds more than 20 requests, none is a 429', async () => {
		const inputItems = items(ITEMS, (index) => ({ jobId: index + 1 }));
		await jobcase.control.clearRequests();
		const began = Date.now();
		const result = await jobcase.run({ resource: 'job', operation: 'get', jobId: '={{ $json.jobId }}' }, { inputItems });
		const took = Date.now() - began;

		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.id)).toEqual(inputItems.map((item) => item.json.jobId));
		const requests = await jobcase.control.requests('jobcase');
		expect(requests).toHaveLength(ITEMS);
		expect(requests.filter((request) => request.status === 429)).toHaveLength(0);
		expect(slidingWindowPeak(requests.map((request) => Date.parse(request.at)), WINDOW_MS)).toBe(LIMIT);
		expect(took).toBeGreaterThanOrEqual(3 * WINDOW_MS);
		expect(took).toBeLessThan(10_000);
	}, 20_000);

	it('two executions sharing the credential share one limit', async () => {
		await jobcase.control.clearRequests();
		const inputItems = items(25, (index) => ({ jobId: index + 1 }));
		const runs = await Promise.all([0, 1].map(async () => await jobcase.run({ resource: 'job', operation: 'get', jobId: '={{ $json.jobId }}' }, { inputItems })));
		for (const result of runs) expect(result.error).toBeUndefined();
		const requests = await jobcase.control.requests('jobcase');
		expect(requests).toHaveLength(50);
		expect(slidingWindowPeak(requests.map((request) => Date.parse(request.at)), WINDOW_MS)).toBeLessThanOrEqual(LIMIT);
	}, 20_000);
});
