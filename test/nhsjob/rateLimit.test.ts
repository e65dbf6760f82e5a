import { items, startNhsJob, type NhsJobFixture } from './fixture';

const PLAN_LIMIT = 60;
const WINDOW_MS = 60_000;

let nhsjob: NhsJobFixture;
beforeAll(async () => {
	nhsjob = await startNhsJob({ jobs: 600, closedShare: 0 }, { rateLimitPerMinute: PLAN_LIMIT });
	nhsjob.apiKeyCredential.requestsPerMinute = String(PLAN_LIMIT);
});
afterAll(async () => await nhsjob.close());

/** The most requests that arrived within any one minute, as a share of the plan's limit. */
function peakShareOfLimit(arrivals: number[]): number {
	let peak = 0;
	for (let start = 0, end = 0; start < arrivals.length; start++) {
		while (end < arrivals.length && arrivals[end] < arrivals[start] + WINDOW_MS) end++;
		peak = Math.max(peak, end - start);
	}
	return peak / PLAN_LIMIT;
}

describe('NHSJob rate limit', () => {
	// The plan allows 60 requests a minute, so 500 of them take a little over eight real minutes.
	it('500 items on the 60-per-minute plan all succeed without a single 429, using the plan to the full', async () => {
		const jobs = (await nhsjob.openJobs()).slice(0, 500);
		const inputItems = items(500, (index) => ({ jobId: jobs[index].id }));
		const result = await nhsjob.run({ resource: 'job', operation: 'get', jobId: '={{ $json.jobId }}' }, { inputItems });

		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.id)).toEqual(jobs.map((job) => job.id));
		const requests = await nhsjob.control.requests('nhsjob');
		expect(requests).toHaveLength(500);
		expect(requests.filter((request) => request.status === 429)).toHaveLength(0);
		const share = peakShareOfLimit(requests.map((request) => Date.parse(request.at)));
		expect(share).toBeLessThanOrEqual(1);
		expect(share).toBeGreaterThanOrEqual(0.9);
	}, 12 * 60_000);
});
