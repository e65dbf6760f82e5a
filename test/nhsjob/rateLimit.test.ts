import { join } from 'path';

import type * as RateLimiterModule from '../../nodes/shared/transport/rateLimiter';
import { publishedPackageDir } from '../harness';
import { items, startNhsJob, type NhsJobFixture } from './fixture';
import { slidingWindowPeak } from '../../bench/slidingWindowPeak';

/**
 * The limiter module the engine loaded from the built package (the same instance the node uses), so the
 * test can shorten its window: a minute of real time proves nothing a second does not. The full-minute
 * measurement against the sandbox's own 60-second window is in `npm run bench`.
 */
const shippedLimiter = require(join(publishedPackageDir('n8n-nodes-nhsjob'), 'dist/nodes/shared/transport/rateLimiter.js')) as typeof RateLimiterModule;

const LIMIT = 10;
const WINDOW_MS = 1_000;
const ITEMS = 40;

let nhsjob: NhsJobFixture;
let restore: () => void;
beforeAll(async () => {
	restore = shippedLimiter.configureLimiters({ windowMs: WINDOW_MS });
	nhsjob = await startNhsJob({ jobs: 100, closedShare: 0 });
	nhsjob.apiKeyCredential.requestsPerMinute = String(LIMIT);
});
afterAll(async () => {
	restore();
	await nhsjob.close();
});

describe('NHSJob rate limit through the engine', () => {
	it('the credential’s limit holds in every window and is used to the full: 40 items at 10 per window', async () => {
		const jobs = (await nhsjob.openJobs()).slice(0, ITEMS);
		const inputItems = items(ITEMS, (index) => ({ jobId: jobs[index].id }));
		await nhsjob.control.clearRequests();
		const began = Date.now();
		const result = await nhsjob.run({ resource: 'job', operation: 'get', jobId: '={{ $json.jobId }}' }, { inputItems });
		const took = Date.now() - began;

		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.id)).toEqual(jobs.map((job) => job.id));
		const requests = await nhsjob.control.requests('nhsjob');
		expect(requests).toHaveLength(ITEMS);
		expect(requests.filter((request) => request.status === 429)).toHaveLength(0);
		const arrivals = requests.map((request) => Date.parse(request.at));
		expect(slidingWindowPeak(arrivals, WINDOW_MS)).toBe(LIMIT);
		// Four windows' worth of requests: the node waited for three windows to pass, and not much longer.
		expect(took).toBeGreaterThanOrEqual(3 * WINDOW_MS);
		expect(took).toBeLessThan(10_000);
	}, 20_000);
});
