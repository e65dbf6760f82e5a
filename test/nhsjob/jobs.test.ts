import { startNhsJob, type NhsJobFixture } from './fixture';

let nhsjob: NhsJobFixture;
beforeAll(async () => {
	nhsjob = await startNhsJob({ jobs: 5000 });
});
afterAll(async () => await nhsjob.close());
beforeEach(async () => {
	await nhsjob.control.config({ nhsjob: { metaStyle: 'totals' } });
	await nhsjob.control.clearRequests();
});

describe('NHSJob job search', () => {
	it('Return All with specialty and contract type filters returns every matching open job, page by page', async () => {
		const expected = (await nhsjob.openJobs()).filter((job) => job.specialty === 'Nursing' && job.contract_type === 'Permanent');
		expect(expected.length).toBeGreaterThan(100);

		const result = await nhsjob.run({ resource: 'job', operation: 'search', returnAll: true, filters: { specialty: 'Nursing', contract_type: 'Permanent' }, simplify: false });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.id)).toEqual(expected.map((job) => job.id));
		expect(result.items[0].json).toMatchObject({ specialty: 'Nursing', contract_type: 'Permanent', status: 'open' });

		const requests = await nhsjob.control.requests('nhsjob');
		const pages = Math.ceil(expected.length / 100);
		expect(requests.map((request) => request.query.page)).toEqual(Array.from({ length: pages }, (_, index) => String(index + 1)));
		for (const request of requests) {
			expect(request).toMatchObject({ method: 'GET', path: '/v1/jobs', status: 200 });
			expect(request.query).toMatchObject({ specialty: 'Nursing', contract_type: 'Permanent', limit: '100' });
		}
	});

	it('filters by location, matching any part of it regardless of case', async () => {
		const expected = (await nhsjob.openJobs()).filter((job) => job.location.toLowerCase().includes('newcastle'));
		const result = await nhsjob.run({ resource: 'job', operation: 'search', returnAll: true, filters: { location: 'newcastle' } });
		expect(result.items.map((item) => item.json.id)).toEqual(expected.map((job) => job.id));
		expect(result.items.every((item) => item.json.location === 'Newcastle upon Tyne')).toBe(true);
	});

	it('Limit asks for no more than it needs and Simplify drops the description', async () => {
		const result = await nhsjob.run({ resource: 'job', operation: 'search', returnAll: false, limit: 30 });
		expect(result.items).toHaveLength(30);
		expect(result.items[0].json).not.toHaveProperty('description');
		expect(Object.keys(result.items[0].json).sort()).toEqual(['contract_type', 'id', 'location', 'posted_at', 'salary_range', 'specialty', 'title']);
		const requests = await nhsjob.control.requests('nhsjob');
		expect(requests.map((request) => request.query)).toEqual([{ page: '1', limit: '30' }]);
	});

	it('a contract type NHSJob does not know is refused with NHSJob’s own explanation', async () => {
		const result = await nhsjob.run({ resource: 'job', operation: 'search', returnAll: false, limit: 5, filters: { contract_type: '={{ "Zero Hours" }}' } });
		expect(result.error?.message).toBe('NHSJob rejected the request (400): contract_type must be one of: Permanent, Fixed Term, Temporary, Bank, Locum');
	});
});

describe('NHSJob paging whatever `meta` carries', () => {
	let fixture: NhsJobFixture;
	beforeAll(async () => {
		fixture = await startNhsJob({ jobs: 300, closedShare: 0 });
	});
	afterAll(async () => await fixture.close());

	it.each([
		['totals (current_page, per_page, total, last_page)', 'totals', 3],
		['a has_more flag', 'hasMore', 3],
		['nothing: a short or empty page ends the list', 'none', 4],
	] as const)('with %s, Return All gets all 300 open jobs once each', async (_label, metaStyle, requestCount) => {
		await fixture.control.config({ nhsjob: { metaStyle } });
		await fixture.control.clearRequests();
		const result = await fixture.run({ resource: 'job', operation: 'search', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(300);
		expect(new Set(result.items.map((item) => item.json.id)).size).toBe(300);
		expect(await fixture.control.requests('nhsjob')).toHaveLength(requestCount);
	});
});

describe('NHSJob get job', () => {
	it('gets one job by ID, open or closed', async () => {
		const [open] = await nhsjob.openJobs();
		const closed = (await nhsjob.control.nhsjobJobs()).find((job) => job.status === 'closed');
		const result = await nhsjob.run({ resource: 'job', operation: 'get', jobId: open.id });
		expect(result.items[0].json).toEqual(open);
		const closedResult = await nhsjob.run({ resource: 'job', operation: 'get', jobId: closed?.id });
		expect(closedResult.items[0].json).toMatchObject({ id: closed?.id, status: 'closed' });
	});

	it('an unknown job fails with NHSJob’s message and a hint', async () => {
		const result = await nhsjob.run({ resource: 'job', operation: 'get', jobId: 'job_99999999' });
		expect(result.error?.message).toBe('NHSJob rejected the request (404): No job with id job_99999999.');
		expect(result.error?.description).toContain('job IDs look like job_12345');
	});

	it('refuses an ID that could change the path before sending anything, naming field and item', async () => {
		const result = await nhsjob.run({ resource: 'job', operation: 'get', jobId: '../applications' });
		expect(result.error?.message).toMatch(/^Invalid input in item 0: "Job" \(jobId\) must be an NHSJob job ID/);
		expect(await nhsjob.control.requests('nhsjob')).toHaveLength(0);
	});
});
