import type { LoggedRequest } from '../../sandbox/client';
import { API_KEY, startJobcase, type JobcaseFixture, validJob } from './fixture';

interface ListedJob {
	id: number;
	companyId: number;
	adNumber: string;
	jobTitle: string;
	jobStatus: string;
	products: string[];
}

const newJob = (companyId: number, adNumber: string, jobTitle?: string) => validJob(adNumber, companyId, jobTitle);

async function api<T>(jobcase: JobcaseFixture, path: string): Promise<T> {
	const response = await fetch(`${jobcase.credentials.jobcaseApi.baseUrl}${path}`, { headers: { 'X-Platform-Api-Key': API_KEY } });
	expect(response.status).toBe(200);
	return (await response.json()) as T;
}

const listings = (requests: LoggedRequest[]) => requests.filter((request) => request.method === 'GET' && request.path === '/job/');
const writes = (requests: LoggedRequest[]) => requests.filter((request) => request.method !== 'GET').map((request) => `${request.method} ${request.path}`);

/**
 * The reference documents the job list's status filter ("default active") without its values. Whether the server
 * honours `status=all`, refuses it or ignores it, Create or Update must find an expired job by its Ad Number.
 */
describe.each(['honour', 'reject', 'ignore'] as const)('Jobcase Job → Create or Update when the server %ss status=all', (behaviour) => {
	let jobcase: JobcaseFixture;
	beforeAll(async () => {
		// 130 jobs: listing one status or all takes more than one page.
		jobcase = await startJobcase({ jobs: 130, companies: 2 });
		await jobcase.control.config({ jobcase: { jobStatusAll: behaviour } });
	});
	afterAll(async () => await jobcase.close());

	it('updates the expired job with the same Ad Number, and never posts it again', async () => {
		const expired = (await api<{ results: ListedJob[] }>(jobcase, '/job/?status=expired&limit=1')).results[0];
		expect(expired.jobStatus).toBe('Expired');
		const before = (await jobcase.control.jobcaseState()).counts.jobs;
		await jobcase.control.clearRequests();

		const result = await jobcase.run({ resource: 'job', operation: 'upsert', ...newJob(expired.companyId, expired.adNumber, 'Rodeo Clown (re-published)') });

		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ id: expired.id, adNumber: expired.adNumber, jobTitle: 'Rodeo Clown (re-published)' });
		const requests = await jobcase.control.requests('jobcase');
		expect(writes(requests)).toEqual([`PUT /job/${expired.id}/`]);
		expect((await jobcase.control.jobcaseState()).counts.jobs).toBe(before);
		// Create or Update changes the job's fields, not its status (Unexpire does that), as before.
		expect((await api<ListedJob>(jobcase, `/job/${expired.id}/`)).jobStatus).toBe('Expired');
		const statuses = listings(requests).map((request) => request.query.status);
		if (behaviour === 'honour') expect(new Set(statuses)).toEqual(new Set(['all']));
		else expect(statuses).toContain('expired');
	});

	it('a later execution with the same credential finds it again, asking for status=all only if the server honours it', async () => {
		const expired = (await api<{ results: ListedJob[] }>(jobcase, '/job/?status=expired&limit=2')).results[1];
		const before = (await jobcase.control.jobcaseState()).counts.jobs;
		await jobcase.control.clearRequests();

		const result = await jobcase.run({ resource: 'job', operation: 'upsert', ...newJob(expired.companyId, expired.adNumber, 'Second run') });

		expect(result.error).toBeUndefined();
		expect(result.items[0].json.id).toBe(expired.id);
		const requests = await jobcase.control.requests('jobcase');
		expect(writes(requests)).toEqual([`PUT /job/${expired.id}/`]);
		expect((await jobcase.control.jobcaseState()).counts.jobs).toBe(before);
		const statuses = new Set(listings(requests).map((request) => request.query.status));
		expect(statuses).toEqual(behaviour === 'honour' ? new Set(['all']) : new Set(['active', 'expired']));
		expect(listings(requests).every((request) => request.status === 200)).toBe(true);
	});

	it('an active job with the same Ad Number is updated too, and a new one is created once', async () => {
		const active = (await api<{ results: ListedJob[] }>(jobcase, '/job/?status=active&limit=1')).results[0];
		await jobcase.control.clearRequests();
		const result = await jobcase.run(
			{
				resource: 'job',
				operation: 'upsert',
				companyId: '={{ $json.companyId }}',
				adNumber: '={{ $json.adNumber }}',
				jobTitle: '={{ $json.jobTitle }}',
				jobDescription: '={{ $json.jobDescription }}',
				jobCity: '={{ $json.jobCity }}',
				jobState: '={{ $json.jobState }}',
				jobZipCode: '={{ $json.jobZipCode }}',
			},
			{ inputItems: [{ json: newJob(active.companyId, active.adNumber, 'Active one') }, { json: newJob(1, `NEW-${behaviour}`, 'New one') }] },
		);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.id).toBe(active.id);
		expect(writes(await jobcase.control.requests('jobcase'))).toEqual([`PUT /job/${active.id}/`, 'POST /job/']);
	});
});

describe('Jobcase Job → Create or Update with products, on an existing job', () => {
	let jobcase: JobcaseFixture;
	beforeAll(async () => {
		jobcase = await startJobcase({ jobs: 20, companies: 2, campaigns: 1 });
	});
	afterAll(async () => await jobcase.close());

	it('updates the job with the update fields, then adds the products through the products call', async () => {
		const created = await jobcase.run({ resource: 'job', operation: 'create', ...newJob(1, 'UPSERT-PRODUCTS', 'First') });
		const jobId = Number(created.items[0].json.id);
		await jobcase.control.clearRequests();

		const result = await jobcase.run({
			resource: 'job',
			operation: 'upsert',
			...newJob(1, 'UPSERT-PRODUCTS', 'Second'),
			additionalFields: { products: ['veterans'], campaignId: 1 },
		});

		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ id: jobId, jobTitle: 'Second', products: ['veterans'] });
		expect(writes(await jobcase.control.requests('jobcase'))).toEqual([`PUT /job/${jobId}/`, `POST /job/${jobId}/products/`]);
		expect((await api<ListedJob>(jobcase, `/job/${jobId}/`)).products).toEqual(['veterans']);
		const campaign = await api<{ jobs: Array<{ id: number }> }>(jobcase, '/campaign/1/');
		expect(campaign.jobs.map((job) => job.id)).toContain(jobId);
	});
});
