import { SandboxControl } from '../../sandbox/client';
import { startSandbox, type Sandbox } from '../../sandbox/server';

let sandbox: Sandbox;
let control: SandboxControl;

beforeAll(async () => {
	sandbox = await startSandbox({ port: 0 });
	control = new SandboxControl(sandbox.url);
});
afterAll(async () => await sandbox.close());
beforeEach(async () => {
	await control.reset({ jobcase: { jobs: 120, companies: 3, campaigns: 3 } });
});

type Json = Record<string, unknown>;

interface Answer<T> {
	status: number;
	body: T;
	headers: Headers;
}

async function call<T = Json>(method: string, path: string, body?: unknown): Promise<Answer<T>> {
	const response = await fetch(`${sandbox.baseUrl('jobcase')}${path}`, {
		method,
		headers: {
			'X-Platform-Api-Key': 'sandbox-jobcase-key',
			...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

const rodeoClown = {
	companyId: 1,
	adNumber: 'My_Job_12300-1',
	jobTitle: 'Rodeo Clown',
	jobDescription: 'A rodeo clown has many on-site duties. This description should be 150 characters, but will be permitted.',
	jobStreet: '98 Battery St',
	jobCity: 'San Francisco',
	jobState: 'CA',
	jobZipCode: 94111,
	applyEmails: ['apply-now@jobcase.com'],
	startDate: '2030-01-05T19:09:35.334843+00:00',
	endDate: '2030-02-05T19:09:35.334843+00:00',
	jobAttributes: { MyAttribute: 'Some Value' },
	applyActionType: 'Email Address',
	products: ['college'],
	campaignId: 1,
};

describe('jobs', () => {
	it('creates a job with the reference fields, defaults and a postedAt', async () => {
		const created = await call('POST', '/job/', rodeoClown);
		expect(created.status).toBe(201);
		expect(created.body).toMatchObject({
			id: 121,
			partnerId: 1,
			jobZipCode: 94111,
			worktimeId: 1,
			jobCategoryId: 0,
			experienceId: 5,
			startDate: '2030-01-05T19:09:35.334843+00:00',
			jobStatus: 'Active',
			resumeRequired: false,
			products: ['college'],
		});
		expect(Date.parse(String(created.body.postedAt))).toBeGreaterThan(Date.now() - 60_000);
		const campaign = await call<{ jobs: { id: number }[] }>('GET', '/campaign/1/');
		expect(campaign.body.jobs.map((job) => job.id)).toContain(121);
	});

	it('updates with PUT, adds and removes products, and expires/unexpires idempotently', async () => {
		const { body: job } = await call('POST', '/job/', { ...rodeoClown, campaignId: undefined });
		const { products: _products, campaignId: _campaignId, ...updateBody } = rodeoClown;
		const updated = await call('PUT', `/job/${job.id}/`, { ...updateBody, jobTitle: 'Senior Rodeo Clown' });
		expect(updated.body).toMatchObject({ jobTitle: 'Senior Rodeo Clown', products: ['college'] });
		const added = await call('POST', `/job/${job.id}/products/`, { products: ['veterans', 'college'] });
		expect(added.body).toEqual({ id: job.id, products: ['college', 'veterans'] });
		const removed = await call('DELETE', `/job/${job.id}/products/`, { products: ['college', 'healthcare'] });
		expect(removed.body).toEqual({ id: job.id, products: ['veterans'] });
		for (const path of ['expire', 'expire']) {
			const expired = await call('POST', `/job/${job.id}/${path}/`);
			expect(expired.body).toMatchObject({ success: true, id: job.id, jobStatus: 'Expired' });
		}
		expect((await call('GET', `/job/${job.id}/`)).body.jobStatus).toBe('Expired');
		expect((await call('POST', `/job/${job.id}/unexpire/`)).body.jobStatus).toBe('Active');
	});

	it('refuses an update with fields the reference does not document for it, naming each, and changes nothing', async () => {
		const { body: job } = await call('POST', '/job/', { ...rodeoClown, campaignId: undefined });
		const refused = await call('PUT', `/job/${job.id}/`, { ...rodeoClown, jobTitle: 'Changed', products: ['veterans'] });
		expect(refused.status).toBe(400);
		expect(refused.body).toEqual({ products: ['Unknown field.'], campaignId: ['Unknown field.'] });
		expect((await call('GET', `/job/${job.id}/`)).body).toMatchObject({ jobTitle: rodeoClown.jobTitle, products: ['college'] });
		const extra = await call('POST', `/job/${job.id}/products/`, { products: ['veterans'], replace: true });
		expect(extra.status).toBe(400);
		expect(extra.body).toEqual({ replace: ['Unknown field.'] });
	});

	it('adding a job to a campaign through its products, and removing it again', async () => {
		const { body: job } = await call('POST', '/job/', { ...rodeoClown, campaignId: undefined });
		const members = async () => (await call<{ jobs: { id: number }[] }>('GET', '/campaign/2/')).body.jobs.map((entry) => entry.id);
		expect(await members()).not.toContain(job.id);
		await call('POST', `/job/${job.id}/products/`, { products: ['veterans'], campaignId: 2 });
		expect(await members()).toContain(job.id);
		await call('DELETE', `/job/${job.id}/products/`, { products: ['veterans'], campaignId: 2 });
		expect(await members()).not.toContain(job.id);
	});

	it('answers 404 for a missing job, also on its sub-resources', async () => {
		expect((await call('GET', '/job/99999/')).status).toBe(404);
		expect((await call('POST', '/job/99999/expire/')).body).toEqual({ detail: 'Not found.' });
	});
});

describe('campaigns', () => {
	it('creates, lists by status, adds budget and replaces jobs', async () => {
		const created = await call<Json & { id: number }>('POST', '/campaign/', {
			companyId: 1,
			name: 'My Campaign',
			budget: 15,
			isPaused: true,
			jobs: [10, 11],
		});
		expect(created.status).toBe(201);
		expect(created.body).toMatchObject({ status: 'Paused', aggressiveness: 20, budget: 15, budgetSpent: 0, budgetRemaining: 15 });
		const paused = await call<{ results: { id: number }[] }>('GET', '/campaign/?status=paused');
		expect(paused.body.results.map((campaign) => campaign.id)).toContain(created.body.id);
		const active = await call<{ results: { id: number }[] }>('GET', '/campaign/');
		expect(active.body.results.map((campaign) => campaign.id)).not.toContain(created.body.id);

		const updated = await call('PUT', `/campaign/${created.body.id}/`, { companyId: 1, name: 'Renamed', addBudget: 1.5, jobs: [12] });
		expect(updated.body).toMatchObject({ name: 'Renamed', budget: 16.5, status: 'Paused', jobs: [expect.objectContaining({ id: 12 })] });
	});

	it('validates budget, aggressiveness and job ids', async () => {
		const response = await call('POST', '/campaign/', {
			companyId: 1,
			name: 'Bad',
			budget: 14.999,
			aggressiveness: 35,
			jobs: [1, 424242],
		});
		expect(response.status).toBe(400);
		expect(response.body).toEqual({
			budget: ['Ensure that there are no more than 2 decimal places.'],
			aggressiveness: ['Ensure this value is a multiple of step size 10.'],
			jobs: ['Invalid pk "424242" - object does not exist.'],
		});
		const tooMany = await call('POST', '/campaign/', { companyId: 1, name: 'Big', budget: 20, jobs: Array.from({ length: 501 }, (_, i) => i + 1) });
		expect(tooMany.body).toEqual({ jobs: ['Ensure this field has no more than 500 elements.'] });
	});

	it('serves seeded cost data consistent with campaign spend', async () => {
		const campaign = await call<{ budgetSpent: number }>('GET', '/campaign/1/');
		const costs = await call<{ count: number; results: { campaignId: number; cost: number; eventType: string }[] }>(
			'GET',
			'/campaign/cost_data/?campaignId=1&limit=100',
		);
		expect(costs.body.count).toBeGreaterThan(0);
		expect(costs.body.results.every((row) => row.campaignId === 1 && ['Click', 'Apply'].includes(row.eventType))).toBe(true);
		if (costs.body.count <= 100) {
			const total = costs.body.results.reduce((sum, row) => sum + row.cost, 0);
			expect(campaign.body.budgetSpent).toBeCloseTo(total, 2);
		}
	});

	it('estimates deterministically, needs a location and keeps to the daily quota', async () => {
		const request = { budget: 15, jobTitle: 'Rodeo Clown', jobDescription: 'Clowning.', jobZipCode: '94111' };
		const first = await call<{ minCandidates: number; maxCandidates: number }>('POST', '/campaign/estimate/', request);
		const second = await call('POST', '/campaign/estimate/', request);
		expect(first.status).toBe(200);
		expect(second.body).toEqual(first.body);
		expect(first.body.maxCandidates).toBeGreaterThan(first.body.minCandidates);
		const noPlace = await call('POST', '/campaign/estimate/', { ...request, jobZipCode: undefined });
		expect(noPlace.body).toEqual({ non_field_errors: ['Provide either jobCity and jobState, or jobZipCode.'] });

		await control.config({ jobcase: { estimatesPerDay: 2 } });
		const throttled = await call('POST', '/campaign/estimate/', request);
		expect(throttled.status).toBe(429);
		expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
	});
});

describe('products', () => {
	it('answers a plain array for the configured partner only', async () => {
		const products = await call<{ code: string }[]>('GET', '/product/?partnerId=1');
		expect(Array.isArray(products.body)).toBe(true);
		expect(products.body.map((product) => product.code)).toContain('college');
		expect((await call('GET', '/product/')).body).toEqual({ partnerId: ['This field is required.'] });
		expect((await call('GET', '/product/?partnerId=2')).status).toBe(403);
	});
});

describe('application events and CCPA', () => {
	it('validates the applicant, then makes their email known to the CCPA lookup until purged', async () => {
		const bad = await call('POST', '/application_event/abc123/', { firstName: 'Ada', email: 'nope', userIp: '999.1.1.1' });
		expect(bad.body).toEqual({
			lastName: ['This field is required.'],
			email: ['Enter a valid email address.'],
			phoneNumber: ['This field is required.'],
			userIp: ['Enter a valid IPv4 or IPv6 address.'],
		});
		const sent = await call('POST', '/application_event/abc123/', {
			firstName: 'Ada',
			lastName: 'Lovelace',
			email: 'ada@example.com',
			phoneNumber: '(555) 555-5555',
			userIp: '142.251.46.238',
			userAgent: 'Mozilla/5.0',
		});
		expect(sent.status).toBe(201);
		expect(Object.keys(sent.body).sort()).toEqual(['email', 'firstName', 'id', 'lastName', 'originalSource', 'phoneNumber', 'userAgent', 'userIp']);

		const found = await call('GET', '/ccpa/?email=ada%40example.com');
		expect(found.body).toMatchObject({ model: 'apply.anonapply', fields: { name: 'Ada Lovelace', email: 'ada@example.com' } });
		const purge = await call('POST', '/ccpa/purge/', { email: 'ada@example.com' });
		expect(purge.status).toBe(201);
		expect(purge.body).toEqual({ id: expect.any(Number), email: 'ada@example.com' });
		expect((await call('GET', '/ccpa/?email=ada%40example.com')).status).toBe(404);
	});

	it('knows the seeded example, refuses a bad email and can be slowed down', async () => {
		expect((await call('GET', '/ccpa/?email=anonymous%40jobcase.com')).body).toMatchObject({ pk: 1 });
		expect((await call('GET', '/ccpa/?email=nobody')).body).toEqual({ email: ['Enter a valid email address.'] });
		await control.config({ jobcase: { ccpaLatencyMs: 200 } });
		const started = Date.now();
		await call('GET', '/ccpa/?email=anonymous%40jobcase.com');
		expect(Date.now() - started).toBeGreaterThanOrEqual(190);
	});
});

describe('resume matching', () => {
	const resumeData = { skills: ['nursing', 'triage'], workExperiences: [{ title: 'Nurse', startYear: 2015, startMonth: 1, endYear: 2020, endMonth: 1 }] };

	it('scores by word overlap, stores the match under a key and reads it back', async () => {
		const submitted = await call<Json & { key: string; score: number }>('POST', '/webhooks/resume/match/', {
			resume_data: resumeData,
			resume_text: 'Ward nurse',
			job_text: 'Nursing role with triage duties',
			jobtitle: 'Nurse',
		});
		expect(submitted.status).toBe(201);
		expect(submitted.body.key).toMatch(/^[A-Za-z0-9]{6}$/);
		expect(submitted.body.score).toBeGreaterThanOrEqual(0.5);
		expect(submitted.body.match_bucket_name).toBe('great_match');
		const fetched = await call('GET', `/webhooks/resume/match/${submitted.body.key}/`);
		expect(fetched.body).toEqual(submitted.body);
		const poor = await call('POST', '/webhooks/resume/match/', { resume_data: {}, job_text: 'Forklift operator warehouse' });
		expect(poor.body).toMatchObject({ score: 0, match_bucket_name: 'poor_match' });
	});

	it('with delay answers without a score; the first read completes the match', async () => {
		const submitted = await call<Json & { key: string }>('POST', '/webhooks/resume/match/', { resume_data: resumeData, job_text: 'Nurse', delay: true });
		expect(submitted.body).toMatchObject({ score: null, delay: true });
		const fetched = await call('GET', `/webhooks/resume/match/${submitted.body.key}/`);
		expect(typeof fetched.body.score).toBe('number');
		expect((await call('GET', '/webhooks/resume/match/unknown/')).status).toBe(404);
	});

	it('matches experience against the years the posting asks for', async () => {
		const result = await call('POST', '/webhooks/resume/experience_match/', {
			resume_data: { workExperiences: [{ title: 'CEO', startYear: 2010, startMonth: 1, endYear: 2011, endMonth: 1 }] },
			job_text: 'CEO with 5 years of experience',
			jobtitle: 'CEO',
		});
		expect(result.body).toMatchObject({ score: 0.2, is_experience_match: false, match_object: { min_experience: 5, under_experience_years: 4 } });
		const missing = await call('POST', '/webhooks/resume/experience_match/', { resume_data: {}, job_text: 'x', jobtitle: 'CEO' });
		expect(missing.body).toEqual({ resume_data: { workExperiences: ['This field is required.'] } });
	});
});

describe('companies', () => {
	it('lists seeded companies with contacts and updates one with PUT', async () => {
		const list = await call<{ count: number; results: Json[] }>('GET', '/company/');
		expect(list.body.count).toBe(3);
		const company = list.body.results[0];
		expect(company).toMatchObject({ id: 1, partnerId: 1, companyContact: expect.objectContaining({ id: expect.any(Number) }) });
		const updated = await call('PUT', '/company/1/', { ...company, companyCity: 'Oakland', companyContact: null, salesRep: null });
		expect(updated.status).toBe(200);
		expect(updated.body).toMatchObject({ id: 1, companyCity: 'Oakland', companyContact: null });
	});

	it('reuses a known contact by email', async () => {
		const company = (await call<Json>('GET', '/company/1/')).body;
		const contact = company.companyContact as { id: number; email: string };
		const created = await call('POST', '/company/', {
			...company,
			partnerCompanyId: 'another',
			companyContact: { firstName: 'Someone', lastName: 'Else', email: contact.email },
		});
		expect((created.body.companyContact as { id: number }).id).toBe(contact.id);
	});
});
