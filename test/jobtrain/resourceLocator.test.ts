import { apiCalls, startJobtrain, type JobtrainFixture } from './fixture';
import { runListSearch } from './listSearch';

/**
 * Job and Candidate are resource locators (From List, By ID). Workflows saved before held a plain ID (text, or a number
 * from an expression): they still run unchanged, and the lists read Jobtrain's job and candidate lists.
 */
let jobtrain: JobtrainFixture;
let jobWithCandidates: { jobId: number; candidateIds: number[] };
beforeAll(async () => {
	jobtrain = await startJobtrain({ jobs: 250, applications: 750 });
	for (let jobId = 1; jobId <= 20 && !jobWithCandidates; jobId++) {
		const candidates = await jobtrain.run({ resource: 'candidate', operation: 'getManyForJob', jobId: String(jobId), returnAll: true });
		if (candidates.items.length >= 2) jobWithCandidates = { jobId, candidateIds: candidates.items.map((item) => Number(item.json.candidateId)) };
	}
});
afterAll(async () => await jobtrain.close());
beforeEach(async () => await jobtrain.control.clearRequests());

const search = async (method: string, parameters: Record<string, unknown> = {}, filter?: string, paginationToken?: string) =>
	await runListSearch({ nodeType: 'jobtrain', method, parameters: parameters as never, credentials: jobtrain.credentials, store: jobtrain.store, filter, paginationToken });

describe('Jobtrain IDs saved by earlier versions (plain strings) still run', () => {
	it('Job Get with jobId saved as the plain string "42" reads job 42', async () => {
		const result = await jobtrain.run({ resource: 'job', operation: 'get', jobId: '42' });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ jobId: 42, reference: 'JT-00042' });
		expect(apiCalls(await jobtrain.requests()).map((request) => request.path)).toEqual(['/jobs/42']);
	});

	it('the same job as a resource locator (By ID and From List) reads the same record', async () => {
		for (const mode of ['id', 'list']) {
			const result = await jobtrain.run({ resource: 'job', operation: 'get', jobId: { __rl: true, mode, value: '42' } });
			expect(result.error).toBeUndefined();
			expect(result.items[0].json).toMatchObject({ jobId: 42, reference: 'JT-00042' });
		}
	});

	it('the example workflow’s shape: a resource locator By ID holding an expression that maps a numeric jobId per item', async () => {
		const inputItems = [5, 6].map((jobId) => ({ json: { jobId } }));
		const result = await jobtrain.run({ resource: 'job', operation: 'get', jobId: { __rl: true, mode: 'id', value: '={{ $json.jobId }}' } }, { inputItems });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.jobId)).toEqual([5, 6]);
	});

	it('Get Application and Get Application Status with plain-string job and candidate IDs', async () => {
		const { jobId, candidateIds } = jobWithCandidates;
		const plain = { jobId: String(jobId), candidateId: String(candidateIds[0]) };
		const application = await jobtrain.run({ resource: 'candidate', operation: 'getApplication', ...plain });
		expect(application.error).toBeUndefined();
		expect(application.items[0].json).toMatchObject({ jobId, candidateId: candidateIds[0] });
		const status = await jobtrain.run({ resource: 'candidate', operation: 'getApplicationStatus', ...plain });
		expect(status.error).toBeUndefined();
		expect(status.items[0].json).toMatchObject({ jobId, candidateId: candidateIds[0], status: expect.any(String) });

		const located = await jobtrain.run({
			resource: 'candidate',
			operation: 'getApplicationStatus',
			jobId: { __rl: true, mode: 'list', value: String(jobId) },
			candidateId: { __rl: true, mode: 'id', value: String(candidateIds[0]) },
		});
		expect(located.items[0].json).toEqual(status.items[0].json);
	});

	it('a hostile ID in a resource locator (from an expression, which n8n does not check) is refused before anything is sent', async () => {
		const result = await jobtrain.run({ resource: 'job', operation: 'get', jobId: { __rl: true, mode: 'id', value: "={{ '12/../34' }}" } });
		expect(result.error?.message).toBe('Invalid "Job" in item 0: "12/../34" is not a Jobtrain ID');
		expect(apiCalls(await jobtrain.requests())).toHaveLength(0);
	});
});

describe('Jobtrain list searches read the sandbox', () => {
	it('searchJobs lists the first page of 100 jobs, with the token of the next page; the last page has none', async () => {
		const first = await search('searchJobs');
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({ name: expect.stringMatching(/^.+ \(JT-00001, (Open|Closed)\)$/), value: '1' });
		expect(first.paginationToken).toMatch(/^2\.[0-9a-f]{8}$/);
		const last = await search('searchJobs', {}, undefined, '3');
		expect(last.results).toHaveLength(50);
		expect(last.results.at(-1)?.value).toBe('250');
		expect(last.paginationToken).toBeUndefined();
		expect(apiCalls(await jobtrain.requests()).map((request) => [request.path, request.query.PageNo, request.query.PageSize])).toEqual([
			['/jobs', '1', '100'],
			['/jobs', '3', '100'],
		]);
	});

	it('searchJobs with a search text matches titles, references and IDs across pages', async () => {
		const byReference = await search('searchJobs', {}, 'jt-00142');
		expect(byReference.results.map((item) => item.value)).toEqual(['142']);
		expect(byReference.paginationToken).toBeUndefined();

		const job = await jobtrain.run({ resource: 'job', operation: 'get', jobId: '7' });
		const title = String(job.items[0].json.jobTitle);
		const byTitle = await search('searchJobs', {}, title.toUpperCase());
		expect(byTitle.results.length).toBeGreaterThan(0);
		expect(byTitle.results.every((item) => item.name.toLowerCase().includes(title.toLowerCase()))).toBe(true);
		expect(byTitle.results.map((item) => item.value)).toContain('7');
	});

	it('searchCandidates lists the candidates of the job chosen in the Job field (plain or resource locator)', async () => {
		const { jobId, candidateIds } = jobWithCandidates;
		for (const chosen of [String(jobId), { __rl: true, mode: 'list', value: String(jobId) }]) {
			const found = await search('searchCandidates', { resource: 'candidate', operation: 'getApplication', jobId: chosen });
			expect(found.results.map((item) => Number(item.value)).sort((a, b) => a - b)).toEqual([...candidateIds].sort((a, b) => a - b));
			expect(found.results[0].name).toMatch(/^\S.* \(.+@.+\)$/);
		}
		expect(apiCalls(await jobtrain.requests()).map((request) => request.path)).toEqual([`/jobs/${jobId}/candidates`, `/jobs/${jobId}/candidates`]);
	});

	it('searchCandidates without a job asks for one and sends nothing', async () => {
		await expect(search('searchCandidates', { resource: 'candidate', operation: 'getApplication' })).rejects.toThrow(
			'Choose a job first: Jobtrain lists candidates per job',
		);
		expect(apiCalls(await jobtrain.requests())).toHaveLength(0);
	});

	it.each([
		['searchDivisions', 'division'],
		['searchDepartments', 'department'],
		['searchLocations', 'location'],
		['searchRegions', 'region'],
		['searchJobCategories', 'jobCategory'],
		['searchSalaryBands', 'salaryBand'],
		['searchEmploymentTypes', 'employmentType'],
		['searchJobLevels', 'jobLevel'],
	])('%s lists every %s of Setting > Get Many, by name', async (method, setting) => {
		const all = await jobtrain.run({ resource: 'setting', operation: 'getAll', setting, returnAll: true });
		expect(all.items.length).toBeGreaterThan(0);
		const found = await search(method);
		expect(found.results).toEqual(all.items.map((item) => ({ name: String(item.json.name), value: item.json.id })));
		expect(found.paginationToken).toBeUndefined();
		const first = String(all.items[0].json.name);
		const narrowed = await search(method, {}, first.toLowerCase());
		expect(narrowed.results.map((item) => item.name)).toContain(first);
		expect(narrowed.results.every((item) => item.name.toLowerCase().includes(first.toLowerCase()))).toBe(true);
	});
});

describe('Jobtrain settings chosen from a list or saved as plain IDs', () => {
	it('Job > Get Many filters by a division saved as a plain ID (earlier dropdown), or as a resource locator from the list or by ID', async () => {
		const divisions = await search('searchDivisions', {}, 'Education');
		const education = divisions.results.find((item) => item.name === 'Education')?.value;
		expect(education).toBeDefined();
		const run = async (division: unknown) =>
			(await jobtrain.run({ resource: 'job', operation: 'getAll', returnAll: true, filters: { division, status: 'Open' } })).items.map((item) => item.json.jobId);
		const plain = await run(education);
		expect(plain.length).toBeGreaterThan(0);
		expect(await run({ __rl: true, mode: 'list', value: education })).toEqual(plain);
		expect(await run({ __rl: true, mode: 'id', value: String(education) })).toEqual(plain);
		expect((await jobtrain.requests()).filter((request) => request.path === '/jobs').map((request) => request.query.DivisionId)).toEqual(
			Array(3).fill(String(education)),
		);
	});

	it('an empty filter a user added but left empty sends no filter', async () => {
		await jobtrain.run({ resource: 'job', operation: 'getAll', returnAll: false, limit: 5, filters: { region: { __rl: true, mode: 'list', value: '' } } });
		const [request] = apiCalls(await jobtrain.requests());
		expect(request.query.RegionId).toBeUndefined();
	});

	it('Setting > Create takes the parent division and region as plain IDs or as resource locators', async () => {
		const department = await jobtrain.run({
			resource: 'setting',
			operation: 'create',
			setting: 'department',
			name: 'Robotics',
			additionalFields: { divisionId: { __rl: true, mode: 'id', value: ' 2 ' } },
		});
		expect(department.error).toBeUndefined();
		expect(department.items[0].json).toMatchObject({ name: 'Robotics', divisionId: 2 });
		const location = await jobtrain.run({
			resource: 'setting',
			operation: 'create',
			setting: 'location',
			name: 'Harrogate',
			additionalFields: { regionId: { __rl: true, mode: 'list', value: 3 }, postcode: 'HG1 1AA' },
		});
		expect(location.error?.message).toBeUndefined();
		expect(location.items[0].json).toMatchObject({ name: 'Harrogate', regionId: 3 });
		const plain = await jobtrain.run({ resource: 'setting', operation: 'create', setting: 'department', name: 'Optics', additionalFields: { divisionId: '1' } });
		expect(plain.items[0].json).toMatchObject({ name: 'Optics', divisionId: 1 });
	});
});
