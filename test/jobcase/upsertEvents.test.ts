import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { LoggedRequest } from '../../sandbox/client';
import { CredentialStore, runNode } from '../harness';
import { API_KEY, startJobcase, type JobcaseFixture, validCompany, validJob } from './fixture';

/*
 * Create or Update in a per-event workflow: an active workflow whose every execution handles one record. n8n saves
 * the node's static data after each such (production) execution, and the next one starts from it; the harness plays
 * that with `mode: 'webhook'` and one `staticData` object kept between runs.
 */

let jobcase: JobcaseFixture;
beforeAll(async () => {
	// 2,500 jobs (some expired) and 300 companies: a full listing takes several pages even at 1,000 per page.
	jobcase = await startJobcase({ jobs: 2_500, companies: 300 });
	await jobcase.control.config({ jobcase: { maxPageSize: 1000 } });
});
afterAll(async () => await jobcase.close());

interface Job {
	id: number;
	companyId: number;
	adNumber: string;
	jobTitle: string;
	jobStatus: string;
}

/** One workflow: its saved static data and its credential, shared by its executions. */
function workflow() {
	const staticData: IDataObject = {};
	const store = new CredentialStore();
	const run = async (parameters: INodeParameters, mode: 'webhook' | 'manual' = 'webhook') =>
		await runNode({ nodeType: 'jobcase', parameters, credentials: jobcase.credentials, store, mode, staticData, credentialIds: { jobcaseApi: 'cred-events' } });
	return {
		staticData,
		upsertJob: async (companyId: number, adNumber: string, jobTitle?: string, mode?: 'webhook' | 'manual') =>
			await run({ resource: 'job', operation: 'upsert', ...validJob(adNumber, companyId, jobTitle) }, mode),
		upsertCompany: async (suffix: string, companyName?: string, mode?: 'webhook' | 'manual') =>
			await run({ resource: 'company', operation: 'upsert', ...validCompany(suffix), ...(companyName ? { companyName } : {}) }, mode),
	};
}

/** The sandbox's Jobcase API called directly: a change made outside n8n. */
async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
	const response = await fetch(`${jobcase.credentials.jobcaseApi.baseUrl}${path}`, {
		method,
		headers: { 'X-Platform-Api-Key': API_KEY, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	expect(response.status).toBeLessThan(300);
	return (await response.json()) as T;
}

async function jobsWith(companyId: number, adNumber: string): Promise<Job[]> {
	const all: Job[] = [];
	for (let offset = 0, count = 1; offset < count; offset += 1000) {
		const page = await api<{ count: number; results: Job[] }>('GET', `/job/?status=all&limit=1000&offset=${offset}`);
		count = page.count;
		all.push(...page.results);
	}
	return all.filter((job) => job.companyId === companyId && job.adNumber === adNumber);
}

async function companiesWith(partnerCompanyId: string): Promise<Array<{ id: number; companyName: string }>> {
	const state = await jobcase.control.jobcaseState();
	return state.companies.filter((company) => company.partnerCompanyId === partnerCompanyId);
}

const requestsOf = async (): Promise<LoggedRequest[]> => await jobcase.control.requests('jobcase');
const summary = (requests: LoggedRequest[]) => requests.map((request) => `${request.method} ${request.path}`);

describe('Jobcase Job → Create or Update, one event per execution', () => {
	it('after the first event, each event costs the write plus at most one small read', async () => {
		const flow = workflow();
		await jobcase.control.clearRequests();
		const first = await flow.upsertJob(1, 'EVT-1');
		expect(first.error).toBeUndefined();
		// The first event lists every job (2,500 in pages of 1,000) before it writes.
		const firstRequests = await requestsOf();
		expect(firstRequests.filter((request) => request.method === 'GET').length).toBeGreaterThanOrEqual(3);

		for (const [adNumber, title] of [
			['EVT-1', 'Updated once'],
			['EVT-2', undefined],
			['EVT-2', 'Updated twice'],
			['EVT-3', undefined],
		] as const) {
			await jobcase.control.clearRequests();
			const event = await flow.upsertJob(1, adNumber, title);
			expect(event.error).toBeUndefined();
			const requests = await requestsOf();
			expect(requests.length).toBeLessThanOrEqual(2);
			expect(requests.filter((request) => request.method !== 'GET')).toHaveLength(1);
			// A read, when there is one, lists only the jobs posted lately.
			for (const read of requests.filter((request) => request.method === 'GET')) expect(read.query.from).toBeDefined();
		}
		expect(await jobsWith(1, 'EVT-1')).toHaveLength(1);
		expect(await jobsWith(1, 'EVT-2')).toMatchObject([{ jobTitle: 'Updated twice' }]);
		expect(await jobsWith(1, 'EVT-3')).toHaveLength(1);
	});

	it('a job created outside n8n since the last event is updated, not posted a second time', async () => {
		const flow = workflow();
		expect((await flow.upsertJob(1, 'EVT-WARMUP')).error).toBeUndefined();
		const outside = await api<Job>('POST', '/job/', { partnerId: 1, ...validJob('EVT-OUTSIDE', 2, 'Posted by hand') });

		await jobcase.control.clearRequests();
		const event = await flow.upsertJob(2, 'EVT-OUTSIDE', 'Posted by n8n');
		expect(event.error).toBeUndefined();
		expect(event.items[0].json).toMatchObject({ id: outside.id, jobTitle: 'Posted by n8n' });
		expect(summary(await requestsOf())).toEqual(['GET /job/', `PUT /job/${outside.id}/`]);
		expect(await jobsWith(2, 'EVT-OUTSIDE')).toHaveLength(1);
	});

	it('a job created and expired outside n8n since the last event is updated, not posted again', async () => {
		const flow = workflow();
		expect((await flow.upsertJob(1, 'EVT-WARMUP-2')).error).toBeUndefined();
		const outside = await api<Job>('POST', '/job/', { partnerId: 1, ...validJob('EVT-EXPIRED', 2, 'Posted by hand') });
		await api('POST', `/job/${outside.id}/expire/`);

		const event = await flow.upsertJob(2, 'EVT-EXPIRED', 'Updated while expired');
		expect(event.error).toBeUndefined();
		expect(event.items[0].json).toMatchObject({ id: outside.id, jobStatus: 'Expired', jobTitle: 'Updated while expired' });
		expect(await jobsWith(2, 'EVT-EXPIRED')).toHaveLength(1);
	});

	it('a remembered job deleted in Jobcase is posted again, and the next event updates the new one', async () => {
		const flow = workflow();
		const created = (await flow.upsertJob(1, 'EVT-DELETED')).items[0].json as unknown as Job;
		await jobcase.control.jobcaseDelete('jobs', created.id);

		const again = await flow.upsertJob(1, 'EVT-DELETED', 'Posted again');
		expect(again.error).toBeUndefined();
		const recreated = again.items[0].json as unknown as Job;
		expect(recreated.id).not.toBe(created.id);
		expect(await jobsWith(1, 'EVT-DELETED')).toMatchObject([{ id: recreated.id, jobTitle: 'Posted again' }]);

		await jobcase.control.clearRequests();
		expect((await flow.upsertJob(1, 'EVT-DELETED', 'Updated')).items[0].json).toMatchObject({ id: recreated.id, jobTitle: 'Updated' });
		expect(summary(await requestsOf())).toEqual([`PUT /job/${recreated.id}/`]);
	});

	it('manual executions (where n8n keeps no static data) list every job, as before', async () => {
		const flow = workflow();
		expect((await flow.upsertJob(1, 'EVT-MANUAL', undefined, 'manual')).error).toBeUndefined();
		expect(flow.staticData).toEqual({});
		await jobcase.control.clearRequests();
		expect((await flow.upsertJob(1, 'EVT-MANUAL', 'Again', 'manual')).error).toBeUndefined();
		const reads = (await requestsOf()).filter((request) => request.method === 'GET');
		expect(reads.length).toBeGreaterThanOrEqual(3);
		expect(reads.every((request) => request.query.from === undefined)).toBe(true);
		expect(await jobsWith(1, 'EVT-MANUAL')).toHaveLength(1);
	});
});

describe('Jobcase Company → Create or Update, one event per execution', () => {
	it('updates a remembered company with one request, and creates a new one with one request', async () => {
		const flow = workflow();
		expect((await flow.upsertCompany('evt-1')).error).toBeUndefined();

		await jobcase.control.clearRequests();
		const updated = await flow.upsertCompany('evt-1', 'Acme renamed');
		expect(updated.error).toBeUndefined();
		const [company] = await companiesWith('acme-evt-1');
		expect(summary(await requestsOf())).toEqual([`PUT /company/${company.id}/`]);

		await jobcase.control.clearRequests();
		expect((await flow.upsertCompany('evt-2')).error).toBeUndefined();
		expect(summary(await requestsOf())).toEqual(['POST /company/']);
		expect(await companiesWith('acme-evt-1')).toMatchObject([{ companyName: 'Acme renamed' }]);
		expect(await companiesWith('acme-evt-2')).toHaveLength(1);
	});

	it('a company created outside n8n since the last event is updated, not created twice', async () => {
		const flow = workflow();
		expect((await flow.upsertCompany('evt-3')).error).toBeUndefined();
		const outside = await api<{ id: number }>('POST', '/company/', { partnerId: 1, ...validCompany('evt-outside') });

		await jobcase.control.clearRequests();
		const event = await flow.upsertCompany('evt-outside', 'Acme from n8n');
		expect(event.error).toBeUndefined();
		expect(event.items[0].json).toMatchObject({ id: outside.id, companyName: 'Acme from n8n' });
		// Jobcase refuses the duplicate; the company list is read and the company found is updated.
		const requests = await requestsOf();
		expect(requests[0]).toMatchObject({ method: 'POST', path: '/company/', status: 400 });
		expect(summary(requests).slice(1)).toEqual(['GET /company/', `PUT /company/${outside.id}/`]);

		await jobcase.control.clearRequests();
		expect((await flow.upsertCompany('evt-outside', 'Acme again')).error).toBeUndefined();
		expect(summary(await requestsOf())).toEqual([`PUT /company/${outside.id}/`]);
		expect(await companiesWith('acme-evt-outside')).toHaveLength(1);
	});

	it('a remembered company deleted in Jobcase is created again', async () => {
		const flow = workflow();
		const created = (await flow.upsertCompany('evt-deleted')).items[0].json as { id: number };
		await jobcase.control.jobcaseDelete('companies', created.id);
		const again = await flow.upsertCompany('evt-deleted', 'Acme again');
		expect(again.error).toBeUndefined();
		expect(again.items[0].json.id).not.toBe(created.id);
		expect(await companiesWith('acme-evt-deleted')).toMatchObject([{ id: again.items[0].json.id, companyName: 'Acme again' }]);
	});
});

describe('Jobcase page sizes', () => {
	const returnAll = async (credentialId: string) =>
		await runNode({
			nodeType: 'jobcase',
			parameters: { resource: 'job', operation: 'getAll', returnAll: true, filters: { status: 'all' }, simplify: false },
			credentials: jobcase.credentials,
			credentialIds: { jobcaseApi: credentialId },
		});
	afterAll(async () => await jobcase.control.config({ jobcase: { maxPageSize: 1000, overMaxPageSize: 'cap' } }));

	it('a server that caps pages below the size asked for is read on from where each page ended', async () => {
		await jobcase.control.config({ jobcase: { maxPageSize: 250, overMaxPageSize: 'cap' } });
		const total = (await api<{ count: number }>('GET', '/job/?status=all&limit=1')).count;
		await jobcase.control.clearRequests();
		const result = await returnAll('cred-capped');
		expect(result.error).toBeUndefined();
		expect(new Set(result.items.map((item) => item.json.id)).size).toBe(total);
		const requests = await requestsOf();
		expect(requests.every((request) => request.query.limit === '1000')).toBe(true);
		// Pages of 250 that each start on the last record read.
		expect(requests).toHaveLength(1 + Math.ceil((total - 250) / 249));
	});

	it('a server that refuses the size is asked again for 100, and later lists of the credential ask for 100 at once', async () => {
		await jobcase.control.config({ jobcase: { maxPageSize: 100, overMaxPageSize: 'refuse' } });
		const total = (await api<{ count: number }>('GET', '/job/?status=all&limit=1')).count;
		await jobcase.control.clearRequests();
		const first = await returnAll('cred-refused');
		expect(first.error).toBeUndefined();
		expect(new Set(first.items.map((item) => item.json.id)).size).toBe(total);
		const requests = await requestsOf();
		expect(requests[0]).toMatchObject({ status: 400, query: { limit: '1000' } });
		expect(requests.slice(1).every((request) => request.status === 200 && request.query.limit === '100')).toBe(true);

		await jobcase.control.clearRequests();
		expect((await returnAll('cred-refused')).items).toHaveLength(total);
		expect((await requestsOf()).every((request) => request.status === 200 && request.query.limit === '100')).toBe(true);
	});
});
