import { startJobcase, type JobcaseFixture, validJob } from './fixture';

let jobcase: JobcaseFixture;
beforeAll(async () => {
	jobcase = await startJobcase({ jobs: 10_000, companies: 2, campaigns: 1 });
});
afterAll(async () => await jobcase.close());

const newJob = (adNumber: string) => validJob(adNumber);

describe('Jobcase jobs', () => {
	it('Return All over 10,000 jobs asks for pages of 1,000; a server that serves 100 costs 101 requests, pages overlapping the last record read', async () => {
		const state = await jobcase.control.jobcaseState();
		const active: number = state.counts.activeJobs;
		await jobcase.control.clearRequests();
		const result = await jobcase.run({ resource: 'job', operation: 'getAll', returnAll: true, filters: { status: 'all' }, simplify: false });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(10_000);
		expect(new Set(result.items.map((item) => item.json.id)).size).toBe(10_000);
		const requests = await jobcase.control.requests('jobcase');
		// 1 + ceil((10,000 - 100) / 99): each page after the first starts on the last record read, to notice records moving back.
		expect(requests).toHaveLength(101);
		expect(requests.slice(0, 3).map((request) => request.query.offset ?? '0')).toEqual(['0', '99', '198']);
		expect(requests.every((request) => request.query.limit === '1000' && request.status === 200)).toBe(true);
		expect(active).toBeLessThan(10_000);
	});

	it('Limit asks only for what it needs and Simplify drops the long fields', async () => {
		await jobcase.control.clearRequests();
		const result = await jobcase.run({ resource: 'job', operation: 'getAll', returnAll: false, limit: 130 });
		expect(result.items).toHaveLength(130);
		expect(result.items[0].json.jobDescription).toBeUndefined();
		expect(result.items[0].json).toHaveProperty('jobTitle');
		const requests = await jobcase.control.requests('jobcase');
		expect(requests.map((request) => [request.query.offset ?? '0', request.query.limit])).toEqual([
			['0', '130'],
			['99', '31'],
		]);
	});

	it('filters by status and posting dates', async () => {
		const expired = await jobcase.run({ resource: 'job', operation: 'getAll', returnAll: true, filters: { status: 'expired' }, simplify: true });
		expect(expired.items.length).toBeGreaterThan(0);
		expect(expired.items.every((item) => item.json.jobStatus === 'Expired')).toBe(true);
		const from = new Date(Date.now() - 7 * 86_400_000).toISOString();
		const recent = await jobcase.run({ resource: 'job', operation: 'getAll', returnAll: true, filters: { status: 'all', from }, simplify: false });
		expect(recent.items.length).toBeGreaterThan(0);
		expect(recent.items.length).toBeLessThan(10_000);
		expect(recent.items.every((item) => Date.parse(String(item.json.postedAt)) >= Date.parse(from))).toBe(true);
	});

	it('creates, gets, updates, expires and unexpires a job', async () => {
		const created = await jobcase.run({
			resource: 'job',
			operation: 'create',
			...newJob('AD-1'),
			additionalFields: { worktimeId: 4, jobCategoryId: 127, experienceId: 7, applyActionType: 'Email Address', applyEmails: 'a@acme.example.com, b@acme.example.com', products: ['college'] },
		});
		expect(created.error).toBeUndefined();
		const job = created.items[0].json;
		expect(job).toMatchObject({ adNumber: 'AD-1', worktimeId: 4, jobCategoryId: 127, applyEmails: ['a@acme.example.com', 'b@acme.example.com'], jobStatus: 'Active' });

		const fetched = await jobcase.run({ resource: 'job', operation: 'get', jobId: job.id });
		expect(fetched.items[0].json.id).toBe(job.id);

		const updated = await jobcase.run({ resource: 'job', operation: 'update', jobId: job.id, ...newJob('AD-1'), jobTitle: 'Senior Rodeo Clown' });
		expect(updated.items[0].json.jobTitle).toBe('Senior Rodeo Clown');

		const expired = await jobcase.run({ resource: 'job', operation: 'expire', jobId: job.id });
		expect(expired.items[0].json.jobStatus).toBe('Expired');
		const unexpired = await jobcase.run({ resource: 'job', operation: 'unexpire', jobId: job.id });
		expect(unexpired.items[0].json.jobStatus).toBe('Active');
	});

	it('a workflow saved with the retired Set Products still runs: it adds the products, as its request always did', async () => {
		const before = await jobcase.run({ resource: 'job', operation: 'get', jobId: 1 });
		const had = before.items[0].json.products as string[];
		const product = ['college', 'diversity', 'veterans', 'healthcare', 'featured', 'social'].find((code) => !had.includes(code));
		await jobcase.control.clearRequests();
		const result = await jobcase.run({ resource: 'job', operation: 'setProducts', jobId: 1, products: [product], campaignId: 1 });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({ id: 1, products: [...had, product] });
		const requests = await jobcase.control.requests('jobcase');
		expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /job/1/products/']);
	});

	it('explains the apply-action rules before sending', async () => {
		const result = await jobcase.run({ resource: 'job', operation: 'create', ...newJob('AD-2'), additionalFields: { applyActionType: 'URL Redirect' } });
		expect(result.error?.message).toBe('Invalid input in item 0: "Apply URL" (applyUrl) is required when Apply Action Type is "URL Redirect"');
	});

	it('refuses an ID that is not a positive number', async () => {
		const result = await jobcase.run({ resource: 'job', operation: 'get', jobId: '=abc' });
		expect(result.error?.message).toMatch(/^Invalid "Job ID" in item 0/);
	});

	it('a missing job is a 404 in Jobcase’s words', async () => {
		const result = await jobcase.run({ resource: 'job', operation: 'get', jobId: 99_999_999 });
		expect(result.error?.message).toBe('Jobcase rejected the request (404): Not found.');
		expect(result.error?.description).toMatch(/Check the ID/);
	});
});
