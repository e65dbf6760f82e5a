import { apiCalls, startJobtrain, type JobtrainFixture } from './fixture';

let jobtrain: JobtrainFixture;
beforeAll(async () => {
	jobtrain = await startJobtrain({ jobs: 30, applications: 20 });
});
afterAll(async () => await jobtrain.close());
beforeEach(async () => await jobtrain.control.clearRequests());

describe('Jobtrain export of recent changes', () => {
	it('exports every application changed in the last 24 hours, over several pages, simplified', async () => {
		const made = await jobtrain.change({ kind: 'newApplication', count: 120 });
		const state = await jobtrain.control.jobtrainState();
		const result = await jobtrain.run({ resource: 'export', operation: 'getChanges', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(state.counts.changedInLast24Hours);
		const ids = result.items.map((item) => item.json.applicationId);
		expect(ids).toEqual(expect.arrayContaining(made.map((change) => change.applicationId)));
		expect(result.items[0].json.equalOpportunities).toBeUndefined();
		expect(result.items[0].json.candidate).toMatchObject({ email: expect.any(String) });
		expect(apiCalls(await jobtrain.requests()).map((request) => request.query.PageNo)).toEqual(
			Array.from({ length: Math.ceil(state.counts.changedInLast24Hours / 100) }, (_, index) => String(index + 1)),
		);
	});

	it('puts each CV and cover letter in binary properties when asked', async () => {
		const result = await jobtrain.run({ resource: 'export', operation: 'getChanges', returnAll: false, limit: 3, includeDocuments: true, simplify: false });
		expect(result.items).toHaveLength(3);
		for (const [index, item] of result.items.entries()) {
			expect(item.json.equalOpportunities).toBeDefined();
			const stored = await jobtrain.control.jobtrainCv(Number(item.json.applicationId));
			expect(item.binary?.cv).toMatchObject({ fileName: stored.filename, mimeType: 'application/pdf' });
			expect((await result.binary(index, 'cv')).equals(stored.bytes)).toBe(true);
		}
		const calls = apiCalls(await jobtrain.requests());
		expect(calls.filter((request) => request.path.endsWith('/cv'))).toHaveLength(3);
	});
});

describe('Jobtrain settings', () => {
	it.each([
		['division', 4],
		['department', 11],
		['location', 9],
		['region', 6],
		['jobCategory', 8],
		['salaryBand', 6],
		['employmentType', 5],
		['jobLevel', 6],
	])('lists %s', async (setting, count) => {
		const result = await jobtrain.run({ resource: 'setting', operation: 'getAll', setting, returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(count);
		expect(result.items[0].json).toMatchObject({ id: 1, name: expect.any(String) });
	});

	it('creates a division, a department in it and a location; a duplicate name is refused', async () => {
		const division = await jobtrain.run({ resource: 'setting', operation: 'create', setting: 'division', name: 'Research', additionalFields: { code: 'RES' } });
		expect(division.items[0].json).toMatchObject({ name: 'Research', code: 'RES', id: 5 });
		const department = await jobtrain.run({ resource: 'setting', operation: 'create', setting: 'department', name: 'Labs', additionalFields: { divisionId: division.items[0].json.id } });
		expect(department.items[0].json).toMatchObject({ name: 'Labs', divisionId: 5 });
		const location = await jobtrain.run({ resource: 'setting', operation: 'create', setting: 'location', name: 'York', additionalFields: { regionId: 2, postcode: 'YO1 7HH' } });
		expect(location.items[0].json).toMatchObject({ name: 'York', regionId: 2, postcode: 'YO1 7HH' });

		const again = await jobtrain.run({ resource: 'setting', operation: 'create', setting: 'division', name: 'research' });
		expect(again.error?.message).toBe('Jobtrain rejected the request (409): A division named "Research" already exists (id 5).');
		const listed = await jobtrain.run({ resource: 'setting', operation: 'getAll', setting: 'division', returnAll: true });
		expect(listed.items.map((item) => item.json.name)).toContain('Research');
	});

	it('refuses a blank name before sending', async () => {
		const result = await jobtrain.run({ resource: 'setting', operation: 'create', setting: 'location', name: '  ' });
		expect(result.error?.message).toBe('Invalid input in item 0: "Name" (name) is required: enter the name Jobtrain should show');
		expect(apiCalls(await jobtrain.requests())).toHaveLength(0);
	});
});

describe('Jobtrain custom API call', () => {
	it('reaches any endpoint with the token applied', async () => {
		const result = await jobtrain.run({ resource: 'customApiCall', operation: 'call', method: 'GET', path: '/jobs?PageNo=2&PageSize=5' });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ total: 30, results: 5, pageNo: 2 });
		expect(apiCalls(await jobtrain.requests()).at(-1)?.query).toEqual({ PageNo: '2', PageSize: '5' });
	});

	it('explains Jobtrain’s status codes for custom calls too', async () => {
		const result = await jobtrain.run({ resource: 'customApiCall', operation: 'call', method: 'POST', path: '/settings/regions', body: '{"name": "Wales"}' });
		expect(result.error?.message).toBe('Jobtrain rejected the request (405): POST is not allowed here; use GET.');
	});
});
