import { SandboxControl } from '../../sandbox/client';
import { startSandbox, type Sandbox } from '../../sandbox/server';

let sandbox: Sandbox;
let control: SandboxControl;
let base: string;

const body = { clientID: 'sandbox-jobtrain-client', clientSecret: 'sandbox-jobtrain-secret', username: 'api.user', password: 'sandbox-jobtrain-api-password' };

async function token(credentials: Record<string, string> = body): Promise<Response> {
	return await fetch(`${base}/connect/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(credentials) });
}

async function get(path: string, bearer: string): Promise<Response> {
	return await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${bearer}` } });
}

beforeAll(async () => {
	sandbox = await startSandbox({ port: 0 });
	control = new SandboxControl(sandbox.url);
	base = sandbox.baseUrl('jobtrain');
});
afterAll(async () => await sandbox.close());
beforeEach(async () => {
	await control.reset({ jobtrain: { jobs: 250, applications: 100 } });
});

describe('Jobtrain sandbox', () => {
	it('issues the token as a bare JSON string for the right client and API password only', async () => {
		const issued = await token();
		expect(issued.status).toBe(200);
		const bearer = (await issued.json()) as string;
		expect(typeof bearer).toBe('string');
		expect(bearer.length).toBeGreaterThan(60);
		expect((await get('/jobs', bearer)).status).toBe(200);

		const wrong = await token({ ...body, password: 'the-login-password' });
		expect(wrong.status).toBe(401);
		expect(await wrong.json()).toMatchObject({ title: 'Access Denied', status: 401 });
		const incomplete = await token({ clientID: body.clientID });
		expect(incomplete.status).toBe(400);
	});

	it('tokens last 30 minutes on the sandbox clock; calls without one are denied', async () => {
		const bearer = (await (await token()).json()) as string;
		await control.jobtrainAdvanceClock(29 * 60);
		expect((await get('/jobs', bearer)).status).toBe(200);
		await control.jobtrainAdvanceClock(61);
		const expired = await get('/jobs', bearer);
		expect(expired.status).toBe(401);
		expect(expired.headers.get('www-authenticate')).toMatch(/invalid_token/);
		expect((await fetch(`${base}/jobs`)).status).toBe(401);
	});

	it('pages with PageNo / PageSize (20 by default, at most 100) and reports total and results', async () => {
		const bearer = (await (await token()).json()) as string;
		const first = (await (await get('/jobs', bearer)).json()) as { total: number; results: number; jobs: unknown[] };
		expect(first).toMatchObject({ total: 250, results: 20 });
		expect(first.jobs).toHaveLength(20);
		const last = (await (await get('/jobs?PageNo=3&PageSize=100', bearer)).json()) as { results: number };
		expect(last.results).toBe(50);
		const tooBig = await get('/jobs?PageSize=101', bearer);
		expect(tooBig.status).toBe(400);
		expect(await tooBig.json()).toMatchObject({ title: 'Invalid Format', detail: 'PageSize must be between 1 and 100.' });
		expect((await get('/jobs?PageSize=100', bearer)).status).toBe(200);
	});

	it('binds only the documented spellings PageNo and PageSize: other spellings are ignored', async () => {
		const bearer = (await (await token()).json()) as string;
		for (const query of ['pageNo=3&pageSize=100', 'pageno=3&pagesize=100', 'PAGENO=3&PAGESIZE=100', 'page=3&limit=100']) {
			const page = (await (await get(`/jobs?${query}`, bearer)).json()) as { total: number; results: number; pageNo: number; jobs: Array<{ jobId: number }> };
			expect(page).toMatchObject({ total: 250, results: 20, pageNo: 1 });
			expect(page.jobs[0].jobId).toBe(1);
		}
		// Ignored, so not validated either: a wrong spelling of a too-large size is not a 400.
		expect((await get('/jobs?pagesize=500', bearer)).status).toBe(200);
	});

	it('sorts the job list by SortBy / SortDirection (assumed names) and refuses unknown sort fields', async () => {
		const bearer = (await (await token()).json()) as string;
		type Job = { jobId: number; jobTitle: string; closingDate: string; createdDate: string };
		const read = async (query: string) => ((await (await get(`/jobs?PageSize=100&${query}`, bearer)).json()) as { jobs: Job[] }).jobs;

		const byClosing = await read('SortBy=ClosingDate&SortDirection=Desc');
		const closing = byClosing.map((job) => Date.parse(job.closingDate));
		expect(closing).toEqual([...closing].sort((a, b) => b - a));
		expect(new Set(closing).size).toBeGreaterThan(1);
		const titles = (await read('SortBy=JobTitle')).map((job) => job.jobTitle);
		expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
		expect(titles).not.toEqual((await read('')).map((job) => job.jobTitle));

		// Sorted pages follow on from each other: every job once across all pages.
		const ids: number[] = [];
		for (let pageNo = 1; pageNo <= 3; pageNo++) ids.push(...(await read(`SortBy=CreatedDate&SortDirection=Desc&PageNo=${pageNo}`)).map((job) => job.jobId));
		expect(new Set(ids).size).toBe(250);

		for (const [query, detail] of [
			['SortBy=Salary', "The value 'Salary' is not valid for SortBy: use ClosingDate, CreatedDate, UpdatedDate, JobTitle, JobId."],
			['SortBy=closingdate', "The value 'closingdate' is not valid for SortBy: use ClosingDate, CreatedDate, UpdatedDate, JobTitle, JobId."],
			['SortBy=ClosingDate&SortDirection=Down', "The value 'Down' is not valid for SortDirection: use Asc or Desc."],
			['SortDirection=Desc', 'SortDirection needs SortBy.'],
		]) {
			const refused = await get(`/jobs?${query}`, bearer);
			expect(refused.status).toBe(400);
			expect(await refused.json()).toMatchObject({ title: 'Invalid Format', detail });
		}
	});

	it('the export holds only applications whose status changed in the last 24 hours', async () => {
		const made = await control.jobtrainChanges([{ kind: 'newApplication', count: 3 }]);
		await control.jobtrainAdvanceClock(23 * 3600);
		const changed = await control.jobtrainChanges([{ kind: 'statusChange', applicationId: made[0].applicationId as number, status: 'Interview' }]);
		await control.jobtrainAdvanceClock(2 * 3600);
		const bearer = (await (await token()).json()) as string;
		const page = (await (await get('/export/applications?PageSize=100', bearer)).json()) as { total: number; applications: Array<{ applicationId: number; statusHistory: unknown[] }> };
		expect(page.applications.map((application) => application.applicationId)).toEqual([changed[0].applicationId]);
		expect(page.applications[0].statusHistory).toHaveLength(2);
	});

	it('a user’s Security Role limits what the API returns and does', async () => {
		await control.config({
			jobtrain: {
				users: [
					{ username: 'api.user', apiPassword: 'sandbox-jobtrain-api-password', divisionIds: null, canApply: true },
					{ username: 'education.reader', apiPassword: 'reader-api-password', divisionIds: [4], canApply: false },
				],
			},
		});
		const bearer = (await (await token({ ...body, username: 'education.reader', password: 'reader-api-password' })).json()) as string;
		const page = (await (await get('/jobs?PageSize=100', bearer)).json()) as { total: number; jobs: Array<{ divisionId: number; jobId: number }> };
		expect(page.total).toBeGreaterThan(0);
		expect(page.total).toBeLessThan(250);
		expect(page.jobs.every((job) => job.divisionId === 4)).toBe(true);
		const form = new FormData();
		form.append('firstName', 'Ada');
		const refused = await fetch(`${base}/jobs/${page.jobs[0].jobId}/applications`, { method: 'POST', headers: { Authorization: `Bearer ${bearer}` }, body: form });
		expect(refused.status).toBe(403);
	});

	it('answers 429 with Retry-After beyond the rate limit', async () => {
		await control.config({ jobtrain: { rateLimitPerMinute: 3 } });
		const bearer = (await (await token()).json()) as string;
		const statuses: number[] = [];
		for (let call = 0; call < 4; call++) statuses.push((await get('/settings/regions', bearer)).status);
		expect(statuses).toEqual([200, 200, 200, 429]);
		const limited = await get('/settings/regions', bearer);
		expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
	});
	it('runs its clock apart from real time, truncates change times to a resolution, and stamps a change with a chosen time', async () => {
		const { now } = await control.jobtrainClock({ offsetSeconds: -3 * 3600 });
		expect(Math.abs(Date.parse(now) - (Date.now() - 3 * 3600 * 1000))).toBeLessThan(5000);
		await control.jobtrainClock({ resolutionSeconds: 60 });
		const [first, second] = await control.jobtrainChanges([{ kind: 'newJob' }, { kind: 'newApplication' }]);
		expect(first.at).toBe(second.at);
		expect(Date.parse(first.at) % 60_000).toBe(0);
		const chosen = '2020-05-01T10:00:00.000Z';
		const [late] = await control.jobtrainChanges([{ kind: 'updateJob', jobId: 3, at: chosen }]);
		expect(late.at).toBe(chosen);
		await expect(control.jobtrainChanges([{ kind: 'newJob', at: 'yesterday' }])).rejects.toThrow(/at must be an ISO 8601 date/);
	});
});
