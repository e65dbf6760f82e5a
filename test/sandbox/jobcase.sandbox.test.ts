import { request as httpRequest, Agent } from 'node:http';

import { SandboxControl } from '../../sandbox/client';
import { startSandbox, type Sandbox } from '../../sandbox/server';

const API_KEY = 'sandbox-jobcase-key';

let sandbox: Sandbox;
let control: SandboxControl;
let base: string;

beforeAll(async () => {
	sandbox = await startSandbox({ port: 0 });
	control = new SandboxControl(sandbox.url);
	base = sandbox.baseUrl('jobcase');
});
afterAll(async () => await sandbox.close());
beforeEach(async () => {
	await control.reset();
});

/** A call to the emulated Jobcase API with the default key unless `headers` says otherwise. */
async function api(path: string, init: RequestInit & { key?: string | null } = {}): Promise<Response> {
	const headers = new Headers(init.headers);
	const key = init.key === undefined ? API_KEY : init.key;
	if (key !== null) headers.set('X-Platform-Api-Key', key);
	if (typeof init.body === 'string') headers.set('Content-Type', 'application/json');
	return await fetch(`${base}${path}`, { ...init, headers });
}

const postJson = (path: string, body: unknown) => api(path, { method: 'POST', body: JSON.stringify(body) });

interface Envelope {
	count: number;
	results: { id: number }[];
}

async function envelope(path: string): Promise<Envelope> {
	return (await (await api(path)).json()) as Envelope;
}

async function detailOf(response: Response): Promise<string> {
	return ((await response.json()) as { detail: string }).detail;
}

const validCompany = (partnerCompanyId: string) => ({
	partnerId: 1,
	companyName: 'Test Company',
	partnerCompanyId,
	companyUrl: 'https://example.com',
	companyStreet: '98 Battery St',
	companyCity: 'San Francisco',
	companyState: 'CA',
	companyZipCode: '94111',
	companyContact: { firstName: 'Jack', lastName: 'Sparrow', email: 'jack.sparrow@jobcase.com' },
});

describe('authentication', () => {
	it('answers 401 in DRF words for a missing or wrong key, and logs both', async () => {
		const missing = await api('/job/', { key: null });
		expect(missing.status).toBe(401);
		expect(await missing.json()).toEqual({ detail: 'Authentication credentials were not provided.' });
		const wrong = await api('/job/', { key: 'not-the-key' });
		expect(wrong.status).toBe(401);
		expect(await wrong.json()).toEqual({ detail: 'Invalid API key.' });
		expect((await control.requests('jobcase')).map((entry) => entry.status)).toEqual([401, 401]);
	});

	it('accepts a key changed through the config API', async () => {
		const config = await control.config({ jobcase: { apiKey: 'rotated-key' } });
		expect(config.jobcase.apiKey).toBe('rotated-key');
		expect((await api('/job/')).status).toBe(401);
		expect((await api('/job/', { key: 'rotated-key' })).status).toBe(200);
	});
});

describe('validation', () => {
	it('names every failing field with DRF messages', async () => {
		const response = await postJson('/company/', { ...validCompany('abc'), companyName: undefined, companyState: 'California' });
		expect(response.status).toBe(400);
		expect(await response.json()).toEqual({
			companyName: ['This field is required.'],
			companyState: ['Ensure this field has exactly 2 characters.'],
		});
	});

	it('creates a company (201) and refuses a second one with the same partnerCompanyId', async () => {
		const created = await postJson('/company/', validCompany('dup-1'));
		expect(created.status).toBe(201);
		const company = await created.json();
		expect(company).toMatchObject({ partnerId: 1, partnerCompanyId: 'dup-1', companyContact: { id: expect.any(Number), email: 'jack.sparrow@jobcase.com' } });
		const duplicate = await postJson('/company/', validCompany('dup-1'));
		expect(duplicate.status).toBe(400);
		expect(await duplicate.json()).toEqual({ partnerCompanyId: ['company with this partnerCompanyId already exists.'] });
	});

	it('refuses to act for another partner with 403', async () => {
		const response = await postJson('/company/', { ...validCompany('other'), partnerId: 2 });
		expect(response.status).toBe(403);
		expect(await response.json()).toEqual({ detail: 'You do not have permission to act for this partner.' });
	});

	it('checks relations and id mappings on jobs', async () => {
		const response = await postJson('/job/', {
			companyId: 999,
			adNumber: 'A-1',
			jobTitle: 'Rodeo Clown',
			jobDescription: 'Clowning around.',
			jobCity: 'San Francisco',
			jobState: 'CA',
			jobZipCode: 94111,
			worktimeId: 2,
			applyEmails: ['ok@example.com', 'nope'],
			products: ['college', 'unknown'],
		});
		expect(response.status).toBe(400);
		expect(await response.json()).toEqual({
			companyId: ['Invalid pk "999" - object does not exist.'],
			worktimeId: ['"2" is not a valid choice.'],
			applyEmails: { '1': ['Enter a valid email address.'] },
			products: { '1': ['"unknown" is not a valid choice.'] },
		});
	});

	it('answers 400 for malformed JSON', async () => {
		const response = await api('/job/', { method: 'POST', body: '{"companyId": ' });
		expect(response.status).toBe(400);
		expect(await detailOf(response)).toMatch(/^JSON parse error - /);
	});

	it('answers 404 for unknown paths and 405 for a wrong method', async () => {
		const unknown = await api('/nothing-here/');
		expect(unknown.status).toBe(404);
		expect(await unknown.json()).toEqual({ detail: 'Not found.' });
		const wrongMethod = await api('/job/', { method: 'DELETE' });
		expect(wrongMethod.status).toBe(405);
		expect(wrongMethod.headers.get('allow')).toContain('GET');
	});
});

describe('paging', () => {
	it('wraps lists in {count, results}, 100 by default, clamping larger limits', async () => {
		const first = await envelope('/job/?status=all');
		expect(first.count).toBe(250);
		expect(first.results).toHaveLength(100);
		const clamped = await envelope('/job/?status=all&limit=1000');
		expect(clamped.results).toHaveLength(100);
		const ids = clamped.results.map((job) => job.id);
		expect(ids).toEqual([...ids].sort((a, b) => a - b));
		const last = await envelope('/job/?status=all&offset=240&limit=50');
		expect(last.results).toHaveLength(10);
	});

	it('honours a configured max page size', async () => {
		await control.config({ jobcase: { maxPageSize: 25 } });
		const page = await envelope('/company/?limit=100');
		expect(page.results.length).toBeLessThanOrEqual(25);
		const jobs = await envelope('/job/');
		expect(jobs.results).toHaveLength(25);
	});

	it.each([['offset=-1'], ['limit=abc'], ['limit=0']])('answers 400 for %s', async (query) => {
		const response = await api(`/job/?${query}`);
		expect(response.status).toBe(400);
		expect(Object.keys((await response.json()) as object)).toEqual([query.split('=')[0]]);
	});

	it('seeds 10,000 jobs and pages through them in 100 requests', async () => {
		const reset = await control.reset({ jobcase: { jobs: 10_000 } });
		expect(reset.jobcase.jobs).toBe(10_000);

		const ids = new Set<number>();
		for (let offset = 0; offset < 10_000; offset += 100) {
			const page = await envelope(`/job/?status=all&offset=${offset}&limit=100`);
			expect(page.count).toBe(10_000);
			for (const job of page.results) ids.add(job.id);
		}
		expect(ids.size).toBe(10_000);
		const log = await control.requests('jobcase');
		expect(log).toHaveLength(100);
		expect(log.every((entry) => entry.status === 200 && entry.path === '/job/')).toBe(true);
	});

	it('filters jobs by status and posting date', async () => {
		const state = await control.jobcaseState();
		const active = await envelope('/job/');
		const expired = await envelope('/job/?status=expired');
		expect(active.count).toBe(state.counts.activeJobs);
		expect(active.count + expired.count).toBe(250);
		expect(expired.count).toBeGreaterThan(5);
		const from = new Date(Date.parse(state.anchor) - 7 * 86_400_000).toISOString();
		const recent = await envelope(`/job/?status=all&from=${encodeURIComponent(from)}`);
		expect(recent.count).toBeGreaterThan(0);
		expect(recent.count).toBeLessThan(250);
		expect((await api('/job/?status=bogus')).status).toBe(400);
	});

	it('plays a server that refuses or ignores status=all when configured to', async () => {
		const state = await control.jobcaseState();
		expect((await envelope('/job/?status=all')).count).toBe(250);
		await control.config({ jobcase: { jobStatusAll: 'reject' } });
		const refused = await api('/job/?status=all');
		expect(refused.status).toBe(400);
		expect(await refused.json()).toEqual({ status: ['Select a valid choice. all is not one of the available choices.'] });
		expect((await envelope('/job/?status=expired')).count).toBe(250 - state.counts.activeJobs);
		await control.config({ jobcase: { jobStatusAll: 'ignore' } });
		expect((await envelope('/job/?status=all')).count).toBe(state.counts.activeJobs);
		expect((await control.config({ jobcase: { jobStatusAll: 'sometimes' as 'honour' } }).catch((error: Error) => error.message))).toMatch(/jobStatusAll/);
	});
});

describe('rate limit', () => {
	it('answers 429 with Retry-After after 200 calls in a minute; 401s and 429s do not count', async () => {
		await api('/company/', { key: 'wrong' });
		const burst = await Promise.all(Array.from({ length: 200 }, () => api('/company/?limit=1')));
		expect(burst.every((response) => response.status === 200)).toBe(true);

		const throttled = await api('/company/');
		expect(throttled.status).toBe(429);
		const retryAfter = Number(throttled.headers.get('retry-after'));
		expect(Number.isInteger(retryAfter)).toBe(true);
		expect(retryAfter).toBeGreaterThanOrEqual(1);
		expect(retryAfter).toBeLessThanOrEqual(60);
		expect(await detailOf(throttled)).toMatch(/^Request was throttled\. Expected available in \d+ seconds?\.$/);
		expect((await api('/company/')).status).toBe(429);

		const statuses = (await control.requests('jobcase')).map((entry) => entry.status);
		expect(statuses.filter((status) => status === 401)).toHaveLength(1);
		expect(statuses.filter((status) => status === 429)).toHaveLength(2);
	});

	it('uses the configured limit, and a reset clears the window', async () => {
		await control.config({ jobcase: { rateLimitPerMinute: 3 } });
		const statuses = [];
		for (let call = 0; call < 4; call++) statuses.push((await api('/product/?partnerId=1')).status);
		expect(statuses).toEqual([200, 200, 200, 429]);
		await control.reset();
		expect((await api('/product/?partnerId=1')).status).toBe(200);
	});
});

describe('faults', () => {
	it('answers the injected status for the next N matching calls, then handles normally', async () => {
		await control.fault({ provider: 'jobcase', method: 'GET', pathContains: '/job/', status: 503, count: 2, retryAfter: '7', body: { detail: 'Maintenance.' } });
		const first = await api('/job/');
		expect(first.status).toBe(503);
		expect(first.headers.get('retry-after')).toBe('7');
		expect(await first.json()).toEqual({ detail: 'Maintenance.' });
		expect((await api('/company/')).status).toBe(200);
		expect((await api('/job/1/')).status).toBe(503);
		expect((await api('/job/1/')).status).toBe(200);
		expect(await control.faults()).toEqual([]);
	});

	it('delays by latencyMs and then answers normally', async () => {
		await control.fault({ method: 'GET', latencyMs: 300, count: 1 });
		const started = Date.now();
		const response = await api('/company/1/');
		expect(response.status).toBe(200);
		expect(Date.now() - started).toBeGreaterThanOrEqual(290);
	});

	it('drops the connection without an answer, logged with status 0', async () => {
		await control.fault({ provider: 'jobcase', drop: true, count: 1 });
		await expect(api('/company/')).rejects.toThrow();
		expect((await api('/company/')).status).toBe(200);
		expect((await control.requests('jobcase')).map((entry) => entry.status)).toEqual([0, 200]);
	});

	it('never applies to the control API, and can be cleared', async () => {
		await control.fault({ status: 500, count: 5 });
		expect((await control.jobcaseState()).counts.jobs).toBe(250);
		await control.clearFaults();
		expect((await api('/company/')).status).toBe(200);
	});
});

describe('request log', () => {
	it('records provider calls in order with the path relative to the API base and the query as an object', async () => {
		await api('/job/?status=all&limit=5');
		await postJson('/company/', validCompany('logged'));
		await api('/company/', { key: null });
		const log = await control.requests('jobcase');
		expect(log.map(({ method, path, query, status }) => ({ method, path, query, status }))).toEqual([
			{ method: 'GET', path: '/job/', query: { status: 'all', limit: '5' }, status: 200 },
			{ method: 'POST', path: '/company/', query: {}, status: 201 },
			{ method: 'GET', path: '/company/', query: {}, status: 401 },
		]);
		expect(Number.isNaN(Date.parse(log[0].at))).toBe(false);
		await control.clearRequests();
		expect(await control.requests()).toEqual([]);
	});
});

describe('files', () => {
	it('stores a multipart logo byte for byte', async () => {
		const logo = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256))]);
		const form = new FormData();
		form.append('company_logo', new Blob([logo], { type: 'image/png' }), 'logo.png');
		const response = await api('/company/1/logo/', { method: 'POST', body: form });
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ success: true });
		const stored = await control.jobcaseLogo(1);
		expect(stored.contentType).toBe('image/png');
		expect(stored.filename).toBe('logo.png');
		expect(stored.bytes.equals(logo)).toBe(true);
	});

	it('refuses a logo upload without a file', async () => {
		const form = new FormData();
		form.append('something_else', 'x');
		const response = await api('/company/1/logo/', { method: 'POST', body: form });
		expect(response.status).toBe(400);
		expect(await response.json()).toEqual({ company_logo: ['No file was submitted.'] });
	});

	it('takes an application event with a resume, and refuses a resume over 5 MB with 413', async () => {
		const fields = { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', phoneNumber: '(555) 555-5555', userIp: '2001:db8::1' };
		const resume = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(100_000, 3)]);
		const form = new FormData();
		for (const [name, value] of Object.entries(fields)) form.append(name, value);
		form.append('resume', new Blob([resume], { type: 'application/pdf' }), 'ada.pdf');
		const created = await api('/application_event/x3js81mdz1/', { method: 'POST', body: form });
		expect(created.status).toBe(201);
		const event = (await created.json()) as { id: number };
		expect(event).toMatchObject({ firstName: 'Ada', userIp: '2001:db8::1' });
		const [stored] = await control.jobcaseApplicationEvents();
		expect(stored.resume).toMatchObject({ filename: 'ada.pdf', contentType: 'application/pdf', size: resume.length });
		expect((await control.jobcaseResume(event.id)).equals(resume)).toBe(true);

		const big = new FormData();
		for (const [name, value] of Object.entries(fields)) big.append(name, value);
		big.append('resume', new Blob([Buffer.alloc(5 * 1024 * 1024 + 1)], { type: 'application/pdf' }), 'big.pdf');
		const refused = await api('/application_event/x3js81mdz1/', { method: 'POST', body: big });
		expect(refused.status).toBe(413);
		expect(await refused.json()).toEqual({ resume: ['File too large. Maximum size is 5 MB.'] });
	});
});

describe('reset', () => {
	it('gives the same data for the same seed and different data for another', async () => {
		const snapshot = async () => JSON.stringify([await envelope('/job/?status=all&limit=100'), await control.jobcaseState()]);
		await control.reset({ jobcase: { jobs: 300, companies: 4, campaigns: 2, randomSeed: 42 } });
		const first = await snapshot();
		await postJson('/company/', validCompany('changes-state'));
		await control.reset({ jobcase: { jobs: 300, companies: 4, campaigns: 2, randomSeed: 42 } });
		expect(await snapshot()).toBe(first);
		await control.reset({ jobcase: { jobs: 300, companies: 4, campaigns: 2, randomSeed: 43 } });
		expect(await snapshot()).not.toBe(first);
	});

	it('wipes the request log and faults, and restores start-up settings', async () => {
		await control.config({ jobcase: { rateLimitPerMinute: 1 } });
		await control.fault({ status: 500, count: 1 });
		await api('/company/');
		await control.reset();
		expect(await control.requests()).toEqual([]);
		expect(await control.faults()).toEqual([]);
		expect((await control.currentConfig()).jobcase.rateLimitPerMinute).toBe(200);
	});

	it('refuses a malformed seed', async () => {
		await expect(control.reset({ jobcase: { jobs: -1 } })).rejects.toThrow(/400/);
	});
});

describe('lifecycle', () => {
	it('closes even while a keep-alive connection is open', async () => {
		const own = await startSandbox({ port: 0 });
		const agent = new Agent({ keepAlive: true });
		await new Promise<void>((resolve, reject) => {
			const call = httpRequest(`${own.url}/_control/config`, { agent }, (response) => {
				response.resume();
				response.on('end', resolve);
			});
			call.on('error', reject);
			call.end();
		});
		// A keep-alive socket left open would make close() hang until the test times out.
		await own.close();
		agent.destroy();
	}, 10_000);
});
