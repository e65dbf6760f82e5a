import { items, startJobcase, type JobcaseFixture } from './fixture';

let jobcase: JobcaseFixture;
beforeAll(async () => {
	jobcase = await startJobcase({ jobs: 300 });
	await jobcase.control.config({ jobcase: { rateLimitPerMinute: 200 } });
	jobcase.credentials.jobcaseApi.requestsPerMinute = 200;
});
afterAll(async () => await jobcase.close());

describe('Jobcase rate limit', () => {
	it('300 items against the real 200 requests per minute all succeed without a single 429', async () => {
		const inputItems = items(300, (index) => ({ jobId: index + 1 }));
		const result = await jobcase.run({ resource: 'job', operation: 'get', jobId: '={{ $json.jobId }}' }, { inputItems });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.id)).toEqual(inputItems.map((item) => item.json.jobId));
		const requests = await jobcase.control.requests('jobcase');
		expect(requests).toHaveLength(300);
		expect(requests.filter((request) => request.status === 429)).toHaveLength(0);
	});
});
