import { items, startNhsJob, type NhsJobFixture } from './fixture';

/** A plan that is none of the three NHSJob names: the credential's number field takes any whole number. */
const CUSTOM_LIMIT = 7;

let nhsjob: NhsJobFixture;
beforeAll(async () => {
	// The sandbox allows more than the plan, so only our own limiter can hold the eighth request back.
	nhsjob = await startNhsJob({ jobs: 20, closedShare: 0 }, { rateLimitPerMinute: 1000 });
	nhsjob.apiKeyCredential.requestsPerMinute = CUSTOM_LIMIT;
});
afterAll(async () => {
	jest.useRealTimers();
	await nhsjob.close();
});

async function requestsSeen(): Promise<number> {
	return (await nhsjob.control.requests('nhsjob')).length;
}

/** Lets real I/O (HTTP to the in-process sandbox) proceed while the fake clock stands still. */
async function realPause(ms: number): Promise<void> {
	const started = performance.now();
	while (performance.now() - started < ms) await new Promise((resolve) => setImmediate(resolve));
}

describe('NHSJob plan rate limit set to a custom number', () => {
	it('with 7 requests per minute, the eighth request waits for the minute to pass, then is sent', async () => {
		const jobs = (await nhsjob.openJobs()).slice(0, CUSTOM_LIMIT + 1);
		await nhsjob.control.clearRequests();
		// The minute is simulated: n8n's sleep (setTimeout) and Date run on a fake clock; HTTP stays real.
		jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'queueMicrotask', 'setInterval', 'clearInterval', 'hrtime', 'performance'] });
		const running = nhsjob.run(
			{ resource: 'job', operation: 'get', jobId: '={{ $json.jobId }}' },
			{ inputItems: items(jobs.length, (index) => ({ jobId: jobs[index].id })) },
		);
		let finished = false;
		void running.finally(() => (finished = true));

		for (let waited = 0; (await requestsSeen()) < CUSTOM_LIMIT && waited < 50; waited++) await realPause(100);
		await realPause(1000);
		expect(await requestsSeen()).toBe(CUSTOM_LIMIT);
		expect(finished).toBe(false);

		await jest.advanceTimersByTimeAsync(30_000);
		await realPause(300);
		expect(await requestsSeen()).toBe(CUSTOM_LIMIT);

		await jest.advanceTimersByTimeAsync(31_000);
		jest.useRealTimers();
		const result = await running;
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.id)).toEqual(jobs.map((job) => job.id));
		expect(await requestsSeen()).toBe(CUSTOM_LIMIT + 1);
	});
});
