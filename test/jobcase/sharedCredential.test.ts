import { join } from 'path';

import type * as RateLimiterModule from '../../nodes/shared/transport/rateLimiter';
import { slidingWindowPeak } from '../../bench/slidingWindowPeak';
import type { LoggedRequest } from '../../sandbox/client';
import { CredentialStore, publishedPackageDir, runNode, type RunNodeResult } from '../harness';
import { API_KEY, items, PARTNER_ID, startJobcase, validJob, type JobcaseFixture } from './fixture';

/**
 * Queue mode, scaled down: each "worker" is a run with its own credential id, so it gets its own limiter,
 * as each n8n worker process has its own; both use one Jobcase API key, whose limit the sandbox enforces
 * over a sliding window. The window is one second on both sides (the guarantee is the same as with 60
 * seconds); the full-minute measurement at Jobcase's real 200 per minute is `npm run bench`.
 */
const shippedLimiter = require(join(publishedPackageDir('n8n-nodes-jobcase'), 'dist/nodes/shared/transport/rateLimiter.js')) as typeof RateLimiterModule;

const LIMIT = 20;
const WINDOW_MS = 1_000;
const ITEMS_PER_WORKER = 40;

let jobcase: JobcaseFixture;
let restore: () => void;
beforeAll(async () => {
	restore = shippedLimiter.configureLimiters({ windowMs: WINDOW_MS });
	jobcase = await startJobcase({ jobs: 0, companies: 1 });
});
afterAll(async () => {
	restore();
	await jobcase.close();
});

interface ListedJob {
	id: number;
	adNumber: string;
}

/** Two workers, each running Create Job over its own items with its own credential id (its own limiter). */
async function twoWorkers(prefix: string, processesSharingCredential: number): Promise<RunNodeResult[]> {
	await jobcase.control.config({ jobcase: { rateLimitPerMinute: LIMIT, rateWindowMs: WINDOW_MS } });
	await jobcase.control.clearRequests();
	const credentials = { jobcaseApi: { ...jobcase.credentials.jobcaseApi, requestsPerMinute: LIMIT, processesSharingCredential } };
	const parameters = { resource: 'job', operation: 'create', ...validJob('={{ $json.adNumber }}') };
	return await Promise.all(
		[0, 1].map(
			async (worker) =>
				await runNode({
					nodeType: 'jobcase',
					parameters,
					credentials,
					store: new CredentialStore(),
					inputItems: items(ITEMS_PER_WORKER, (index) => ({ adNumber: `${prefix}-${worker}-${index}` })),
				}),
		),
	);
}

/** Every job in the sandbox, read directly once the limit is lifted again. */
async function listedJobs(): Promise<ListedJob[]> {
	await jobcase.control.config({ jobcase: { rateLimitPerMinute: 100_000, rateWindowMs: 60_000 } });
	const jobs: ListedJob[] = [];
	for (let offset = 0; ; offset += 100) {
		const response = await fetch(`${jobcase.credentials.jobcaseApi.baseUrl}/job/?status=all&limit=100&offset=${offset}&partnerId=${PARTNER_ID}`, {
			headers: { 'X-Platform-Api-Key': API_KEY },
		});
		expect(response.status).toBe(200);
		const page = ((await response.json()) as { results: ListedJob[] }).results;
		jobs.push(...page);
		if (page.length < 100) return jobs;
	}
}

/** Every input item became exactly one job: none lost, none created twice. */
async function expectEachItemCreatedOnce(runs: RunNodeResult[], prefix: string): Promise<void> {
	for (const result of runs) {
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(ITEMS_PER_WORKER);
		expect(result.items.every((item) => typeof item.json.id === 'number')).toBe(true);
	}
	const created = (await listedJobs()).filter((job) => job.adNumber.startsWith(`${prefix}-`)).map((job) => job.adNumber);
	const expected = [0, 1].flatMap((worker) => Array.from({ length: ITEMS_PER_WORKER }, (_, index) => `${prefix}-${worker}-${index}`));
	expect(created.sort()).toEqual(expected.sort());
}

const peak = (requests: LoggedRequest[]) =>
	slidingWindowPeak(
		requests.filter((request) => request.status !== 429).map((request) => Date.parse(request.at)),
		WINDOW_MS,
	);

describe('Jobcase: two n8n processes sharing one credential (one-second window)', () => {
	it('with "Processes Sharing This Credential" = 2, together they stay within the limit: no 429, every item created once', async () => {
		const runs = await twoWorkers('SHARED2', 2);
		const requests = await jobcase.control.requests('jobcase');
		expect(requests.filter((request) => request.status === 429)).toHaveLength(0);
		expect(requests).toHaveLength(2 * ITEMS_PER_WORKER);
		expect(peak(requests)).toBeLessThanOrEqual(LIMIT);
		await expectEachItemCreatedOnce(runs, 'SHARED2');
	}, 30_000);

	it('left at 1, each takes the whole limit: Jobcase answers 429, and the retries still create every item exactly once', async () => {
		const runs = await twoWorkers('SHARED1', 1);
		const requests = await jobcase.control.requests('jobcase');
		const throttled = requests.filter((request) => request.status === 429).length;
		expect(throttled).toBeGreaterThan(0);
		expect(requests.filter((request) => request.status === 201)).toHaveLength(2 * ITEMS_PER_WORKER);
		expect(peak(requests)).toBeLessThanOrEqual(LIMIT);
		await expectEachItemCreatedOnce(runs, 'SHARED1');
	}, 60_000);
});
