import { apiCalls, startJobtrain, type JobtrainFixture } from './fixture';

let jobtrain: JobtrainFixture;
beforeAll(async () => {
	jobtrain = await startJobtrain({ jobs: 1000, applications: 50 });
});
afterAll(async () => await jobtrain.close());
beforeEach(async () => {
	await jobtrain.control.clearFaults();
	await jobtrain.control.jobtrainClearDisruptions();
	await jobtrain.control.clearRequests();
});

describe('Jobtrain jobs', () => {
	it('Return All over 1,000 jobs makes exactly ceil(1000/100) job requests and returns every job', async () => {
		const result = await jobtrain.run({ resource: 'job', operation: 'getAll', returnAll: true, simplify: false });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1000);
		expect(new Set(result.items.map((item) => item.json.jobId)).size).toBe(1000);
		const jobRequests = apiCalls(await jobtrain.requests());
		expect(jobRequests).toHaveLength(Math.ceil(1000 / 100));
		expect(jobRequests.map((request) => request.query.PageNo)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
		expect(jobRequests.every((request) => request.path === '/jobs' && request.query.PageSize === '100' && request.status === 200)).toBe(true);
	});

	it('Limit reads only the pages it needs, and Simplify drops the advert text', async () => {
		const result = await jobtrain.run({ resource: 'job', operation: 'getAll', returnAll: false, limit: 130 });
		expect(result.items).toHaveLength(130);
		expect(result.items[0].json.description).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ jobId: 1, jobTitle: expect.any(String), status: expect.stringMatching(/Open|Closed/) });
		expect(apiCalls(await jobtrain.requests()).map((request) => request.query.PageNo)).toEqual(['1', '2']);
	});

	it('filters by status and by settings chosen from the dropdown lists', async () => {
		const closed = await jobtrain.run({ resource: 'job', operation: 'getAll', returnAll: true, filters: { status: 'Closed' } });
		expect(closed.items.length).toBeGreaterThan(0);
		expect(closed.items.length).toBeLessThan(1000);
		expect(closed.items.every((item) => item.json.status === 'Closed')).toBe(true);

		const divisions = await jobtrain.run({ resource: 'setting', operation: 'getAll', setting: 'division', returnAll: true });
		const education = divisions.items.find((item) => item.json.name === 'Education')?.json.id;
		const inDivision = await jobtrain.run({ resource: 'job', operation: 'getAll', returnAll: true, filters: { division: education, status: 'Open' } });
		expect(inDivision.items.length).toBeGreaterThan(0);
		expect(inDivision.items.every((item) => item.json.divisionName === 'Education' && item.json.status === 'Open')).toBe(true);
		expect(apiCalls(await jobtrain.requests()).at(-1)?.query).toMatchObject({ DivisionId: String(education), Status: 'Open' });
	});

	it('gets one job with its full detail', async () => {
		const result = await jobtrain.run({ resource: 'job', operation: 'get', jobId: 42 });
		expect(result.items[0].json).toMatchObject({ jobId: 42, reference: 'JT-00042', description: expect.stringContaining('We are looking for') });
	});

	it('a job that does not exist is a 404 in Jobtrain’s words', async () => {
		const result = await jobtrain.run({ resource: 'job', operation: 'get', jobId: 99_999 });
		expect(result.error?.message).toBe('Jobtrain rejected the request (404): Job 99999 does not exist.');
		expect(result.error?.description).toMatch(/^Job or application data does not exist: check the ID/);
	});

	it('refuses an ID that is not one before sending anything', async () => {
		const result = await jobtrain.run({ resource: 'job', operation: 'get', jobId: '=12/../34' });
		expect(result.error?.message).toBe('Invalid "Job" in item 0: "12/../34" is not a Jobtrain ID');
		expect(apiCalls(await jobtrain.requests())).toHaveLength(0);
	});

	it('maintenance (503) is retried after Retry-After and the read completes', async () => {
		await jobtrain.run({ resource: 'job', operation: 'get', jobId: 1 });
		await jobtrain.control.clearRequests();
		await jobtrain.control.jobtrainMaintenance(2, 0);
		const result = await jobtrain.run({ resource: 'job', operation: 'getAll', returnAll: false, limit: 250 });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(250);
		expect(apiCalls(await jobtrain.requests()).map((request) => request.status)).toEqual([503, 503, 200, 200, 200]);
	});

	it('maintenance that outlasts the retries fails with Jobtrain’s explanation and the fix', async () => {
		await jobtrain.control.jobtrainMaintenance(5, 0);
		const result = await jobtrain.run({ resource: 'job', operation: 'get', jobId: 1, requestOptions: { maxAttempts: 3 } });
		expect(result.error?.message).toBe('Jobtrain rejected the request (503): Jobtrain is undergoing maintenance. Please try again in a few minutes.');
		expect(result.error?.description).toMatch(/^Jobtrain is in maintenance or overloaded/);
		expect(apiCalls(await jobtrain.requests())).toHaveLength(3);
	});

	it('429 waits for Retry-After and no page is lost', async () => {
		await jobtrain.control.fault({ provider: 'jobtrain', method: 'GET', pathContains: '/jobs', status: 429, count: 2, retryAfter: '0', body: { title: 'Too Many Requests', detail: 'Slow down.' } });
		const result = await jobtrain.run({ resource: 'job', operation: 'getAll', returnAll: false, limit: 200 });
		expect(result.items).toHaveLength(200);
		expect(new Set(result.items.map((item) => item.json.jobId)).size).toBe(200);
	});

	it('sorts by the chosen field and direction across pages, sending the assumed SortBy / SortDirection', async () => {
		const newestClosing = await jobtrain.run({ resource: 'job', operation: 'getAll', returnAll: false, limit: 250, sortBy: 'ClosingDate', sortDirection: 'Desc' });
		expect(newestClosing.error).toBeUndefined();
		expect(newestClosing.items).toHaveLength(250);
		const closing = newestClosing.items.map((item) => Date.parse(String(item.json.closingDate)));
		expect(closing.every((time) => Number.isFinite(time))).toBe(true);
		expect(closing).toEqual([...closing].sort((a, b) => b - a));
		expect(new Set(newestClosing.items.map((item) => item.json.jobId)).size).toBe(250);
		const calls = apiCalls(await jobtrain.requests());
		expect(calls.map((request) => request.query)).toEqual(['1', '2', '3'].map((PageNo) => ({ PageNo, PageSize: '100', SortBy: 'ClosingDate', SortDirection: 'Desc' })));

		await jobtrain.control.clearRequests();
		const byTitle = await jobtrain.run({ resource: 'job', operation: 'getAll', returnAll: false, limit: 40, sortBy: 'JobTitle' });
		const titles = byTitle.items.map((item) => String(item.json.jobTitle));
		expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
		expect(apiCalls(await jobtrain.requests())[0].query).toMatchObject({ SortBy: 'JobTitle', SortDirection: 'Asc' });

		await jobtrain.control.clearRequests();
		const unsorted = await jobtrain.run({ resource: 'job', operation: 'getAll', returnAll: false, limit: 40 });
		expect(unsorted.items.map((item) => item.json.jobId)).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
		expect(Object.keys(apiCalls(await jobtrain.requests())[0].query).sort()).toEqual(['PageNo', 'PageSize']);
	});

	it('a sort field Jobtrain does not know is its 400 with the explanation', async () => {
		const result = await jobtrain.run({ resource: 'job', operation: 'getAll', returnAll: false, limit: 5, sortBy: '=Salary' });
		expect(result.error?.message).toBe("Jobtrain rejected the request (400): The value 'Salary' is not valid for SortBy: use ClosingDate, CreatedDate, UpdatedDate, JobTitle, JobId.");
		expect(result.error?.description).toMatch(/^Invalid format: /);
	});

	it('every list sends exactly the documented PageNo and PageSize, never a size above 100', async () => {
		await jobtrain.run({ resource: 'job', operation: 'getAll', returnAll: true });
		await jobtrain.run({ resource: 'job', operation: 'getAll', returnAll: false, limit: 130 });
		await jobtrain.run({ resource: 'job', operation: 'getAll', returnAll: false, limit: 7 });
		await jobtrain.run({ resource: 'setting', operation: 'getAll', setting: 'location', returnAll: true });
		await jobtrain.run({ resource: 'candidate', operation: 'getManyForJob', jobId: 1, returnAll: true });
		await jobtrain.run({ resource: 'export', operation: 'getChanges', returnAll: true });
		const calls = apiCalls(await jobtrain.requests());
		expect(new Set(calls.map((request) => request.path.replace(/\d+/g, ':id')))).toEqual(
			new Set(['/jobs', '/settings/locations', '/jobs/:id/candidates', '/export/applications']),
		);
		for (const request of calls) {
			expect(request.status).toBe(200);
			expect(Object.keys(request.query).filter((name) => /page|size|limit|offset/i.test(name)).sort()).toEqual(['PageNo', 'PageSize']);
			expect(Number(request.query.PageSize)).toBeGreaterThanOrEqual(1);
			expect(Number(request.query.PageSize)).toBeLessThanOrEqual(100);
		}
		expect(calls.some((request) => request.query.PageSize === '100')).toBe(true);
	});
});
