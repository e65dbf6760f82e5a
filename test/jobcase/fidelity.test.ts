import type { INode } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { createSourceNode, getNodeDescription, runWorkflow } from '../harness';
import { API_KEY, startJobcase, type JobcaseFixture, validJob } from './fixture';

let jobcase: JobcaseFixture;
beforeAll(async () => {
	jobcase = await startJobcase({ jobs: 30, companies: 2, campaigns: 2 });
});
afterAll(async () => await jobcase.close());

const newJob = (adNumber: string) => validJob(adNumber);

/** Reads the sandbox's Jobcase API directly, not through the node under test. */
async function api<T = Record<string, unknown>>(path: string): Promise<T> {
	const response = await fetch(`${jobcase.credentials.jobcaseApi.baseUrl}${path}`, { headers: { 'X-Platform-Api-Key': API_KEY } });
	expect(response.status).toBe(200);
	return (await response.json()) as T;
}

/** Source → Jobcase in one workflow whose settings carry `timezone`, run through n8n's engine. */
async function runInZone(timezone: string, parameters: Record<string, unknown>) {
	const source = createSourceNode([{ json: {} }]);
	const node: INode = {
		id: 'jobcase-node',
		name: 'Jobcase',
		type: 'n8n-nodes-jobcase.jobcase',
		typeVersion: 1,
		position: [220, 0],
		parameters: parameters as INode['parameters'],
	};
	const run = await runWorkflow(
		{ nodes: [source, node], connections: { [source.name]: { main: [[{ node: 'Jobcase', type: NodeConnectionTypes.Main, index: 0 }]] } } },
		{ credentials: jobcase.credentials, settings: { timezone } },
	);
	const data = run.data.resultData;
	return { error: data.error, items: data.runData.Jobcase?.[0]?.data?.main?.[0] ?? [] };
}

describe('Jobcase dates are sent in UTC, read in the workflow’s time zone', () => {
	it.each([
		// Winter and summer: New York is UTC-5, then UTC-4; London UTC+0, then UTC+1.
		['America/New_York', '2030-03-01T10:00:00', '2030-03-01T15:00:00.000000+00:00'],
		['America/New_York', '2030-07-01T10:00:00', '2030-07-01T14:00:00.000000+00:00'],
		['Europe/London', '2030-03-01T10:00:00', '2030-03-01T10:00:00.000000+00:00'],
		['Europe/London', '2030-07-01T10:00:00', '2030-07-01T09:00:00.000000+00:00'],
		// An offset or Z is an instant already, whatever the workflow's zone.
		['America/New_York', '2030-07-01T10:00:00+02:00', '2030-07-01T08:00:00.000000+00:00'],
		['Europe/London', '2030-07-01T10:00:00Z', '2030-07-01T10:00:00.000000+00:00'],
		// 02:30 on the night New York's clocks go forward does not exist: it is read as 03:30 EDT.
		['America/New_York', '2030-03-10T02:30:00', '2030-03-10T07:30:00.000000+00:00'],
		// 01:30 on the night London's clocks go back happens twice: the first (BST) is taken.
		['Europe/London', '2030-10-27T01:30:00', '2030-10-27T00:30:00.000000+00:00'],
	])('in %s, Start Date %s is stored as %s', async (timezone, typed, stored) => {
		const result = await runInZone(timezone, {
			resource: 'job',
			operation: 'create',
			...newJob(`TZ-${timezone}-${typed}`),
			additionalFields: { startDate: typed, endDate: '2031-01-01T00:00:00Z' },
		});
		expect(result.error).toBeUndefined();
		const job = result.items[0].json as { id: number; startDate: string };
		expect(job.startDate).toBe(stored);
		expect((await api<{ startDate: string }>(`/job/${job.id}/`)).startDate).toBe(stored);
	});

	it('Posted From and Posted To go out as UTC instants in the query', async () => {
		await jobcase.control.clearRequests();
		const result = await runInZone('America/New_York', {
			resource: 'job',
			operation: 'getAll',
			returnAll: true,
			filters: { from: '2030-03-01T10:00:00', to: '2030-07-01T23:30:00', status: 'all' },
		});
		expect(result.error).toBeUndefined();
		const [listing] = await jobcase.control.requests('jobcase');
		expect(listing.query).toMatchObject({ from: '2030-03-01T15:00:00Z', to: '2030-07-02T03:30:00Z' });
		const londonRun = await runInZone('Europe/London', { resource: 'job', operation: 'getAll', returnAll: true, filters: { from: '2030-07-01T10:00:00' } });
		expect(londonRun.error).toBeUndefined();
		const requests = await jobcase.control.requests('jobcase');
		expect(requests[requests.length - 1].query.from).toBe('2030-07-01T09:00:00Z');
	});

	it('a bare date on a date-typed filter goes unchanged; an impossible one fails before sending, naming the field', async () => {
		await jobcase.control.clearRequests();
		const bare = await runInZone('America/New_York', { resource: 'job', operation: 'getAll', returnAll: false, limit: 1, filters: { to: '2030-03-01' } });
		expect(bare.error).toBeUndefined();
		expect((await jobcase.control.requests('jobcase'))[0].query.to).toBe('2030-03-01');
		await jobcase.control.clearRequests();
		const bad = await runInZone('America/New_York', { resource: 'job', operation: 'getAll', returnAll: false, limit: 1, filters: { from: '2030-02-30T10:00:00' } });
		expect(bad.error?.message).toBe('Invalid "Posted From" in item 0: "2030-02-30T10:00:00" is not a calendar date: February 2030 has 28 days');
		expect(await jobcase.control.requests('jobcase')).toEqual([]);
	});

	it('a campaign’s End Date (a date-time in the reference) is sent in UTC; a date alone is midnight in the workflow’s zone', async () => {
		const timed = await runInZone('America/New_York', {
			resource: 'campaign',
			operation: 'create',
			companyId: 1,
			name: 'Winter',
			budget: 15,
			additionalFields: { endDate: '2030-12-31T18:00:00' },
		});
		expect(timed.error).toBeUndefined();
		expect(timed.items[0].json.endDate).toBe('2030-12-31T23:00:00.000000+00:00');
		const dateOnly = await runInZone('Europe/London', {
			resource: 'campaign',
			operation: 'create',
			companyId: 1,
			name: 'Summer',
			budget: 15,
			additionalFields: { endDate: '2030-07-31' },
		});
		expect(dateOnly.error).toBeUndefined();
		expect(dateOnly.items[0].json.endDate).toBe('2030-07-30T23:00:00.000000+00:00');
	});
});

describe('Jobcase Job → Update sends what the reference documents for an update', () => {
	it('offers no products or campaign, and sends neither', async () => {
		const created = await jobcase.run({ resource: 'job', operation: 'create', ...newJob('UPD-1'), additionalFields: { products: ['college'] } });
		const jobId = Number(created.items[0].json.id);
		const updated = await jobcase.run({ resource: 'job', operation: 'update', jobId, ...newJob('UPD-1'), jobTitle: 'Head Clown', additionalFields: { isConfidential: true } });
		expect(updated.error).toBeUndefined();
		expect(updated.items[0].json).toMatchObject({ id: jobId, jobTitle: 'Head Clown', isConfidential: true, products: ['college'] });
	});

	it('its Additional Fields are the reference’s update fields: no Products, no Campaign', async () => {
		const description = await getNodeDescription('jobcase');
		const fieldsOf = (operation: string) =>
			description.properties
				.filter((property) => property.name === 'additionalFields' && property.displayOptions?.show?.operation?.includes(operation) && property.displayOptions.show.resource?.includes('job'))
				.flatMap((property) => (property.options ?? []).map((option) => (option as { name: string }).name));
		expect(fieldsOf('create')).toEqual(expect.arrayContaining(['products', 'campaignId', 'startDate']));
		expect(fieldsOf('update')).toContain('startDate');
		expect(fieldsOf('update')).not.toContain('products');
		expect(fieldsOf('update')).not.toContain('campaignId');
	});
});

describe('Jobcase Job → Add Products and Remove Products', () => {
	it('add keeps the job’s other products and joins the campaign; remove takes off only those named and leaves it', async () => {
		const created = await jobcase.run({ resource: 'job', operation: 'create', ...newJob('PROD-1'), additionalFields: { products: ['college'] } });
		const jobId = Number(created.items[0].json.id);
		const campaignJobs = async () => (await api<{ jobs: Array<{ id: number }> }>('/campaign/2/')).jobs.map((job) => job.id);

		await jobcase.control.clearRequests();
		const added = await jobcase.run({ resource: 'job', operation: 'addProducts', jobId, products: ['veterans', 'college'], campaignId: 2 });
		expect(added.error).toBeUndefined();
		expect(added.items[0].json).toEqual({ id: jobId, products: ['college', 'veterans'] });
		expect(await campaignJobs()).toContain(jobId);

		const removed = await jobcase.run({ resource: 'job', operation: 'removeProducts', jobId, products: ['college'], campaignId: 2 });
		expect(removed.error).toBeUndefined();
		expect(removed.items[0].json).toEqual({ id: jobId, products: ['veterans'] });
		expect(await campaignJobs()).not.toContain(jobId);
		const requests = (await jobcase.control.requests('jobcase')).filter((request) => request.path.startsWith('/job/'));
		expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([`POST /job/${jobId}/products/`, `DELETE /job/${jobId}/products/`]);
		expect((await api<{ products: string[] }>(`/job/${jobId}/`)).products).toEqual(['veterans']);
	});

	it('no product chosen fails before sending, naming the field', async () => {
		await jobcase.control.clearRequests();
		const result = await jobcase.run({ resource: 'job', operation: 'removeProducts', jobId: 1, products: '={{ [] }}' });
		expect(result.error?.message).toBe(
			'Invalid input in item 0: "Product Names or IDs" (products) needs at least one product: choose from the list or enter product codes',
		);
		expect(await jobcase.control.requests('jobcase')).toEqual([]);
	});

	it('a removal whose answer is lost is sent again (safe to repeat); an addition is not, and says it may have been applied', async () => {
		await jobcase.control.fault({ provider: 'jobcase', method: 'DELETE', count: 1, afterHandling: 'reset' });
		await jobcase.control.clearRequests();
		const removed = await jobcase.run({ resource: 'job', operation: 'removeProducts', jobId: 2, products: ['college'] });
		expect(removed.error).toBeUndefined();
		expect((await jobcase.control.requests('jobcase')).filter((request) => request.method === 'DELETE')).toHaveLength(2);

		await jobcase.control.fault({ provider: 'jobcase', method: 'POST', count: 1, afterHandling: 'reset' });
		await jobcase.control.clearRequests();
		const added = await jobcase.run({ resource: 'job', operation: 'addProducts', jobId: 2, products: ['college'] });
		expect(added.error?.description).toMatch(/may have saved/);
		expect((await jobcase.control.requests('jobcase')).filter((request) => request.method === 'POST')).toHaveLength(1);
		await jobcase.control.clearFaults();
	});
});

describe('Jobcase 404 hints', () => {
	it('a 404 on a path without an ID points at the Base URL, not at an ID', async () => {
		const wrongBase = { jobcaseApi: { ...jobcase.credentials.jobcaseApi, baseUrl: `${jobcase.sandbox.url}/jobcase/api/platform/v2` } };
		const source = createSourceNode([{ json: {} }]);
		const run = await runWorkflow(
			{
				nodes: [
					source,
					{ id: 'n', name: 'Jobcase', type: 'n8n-nodes-jobcase.jobcase', typeVersion: 1, position: [220, 0], parameters: { resource: 'job', operation: 'getAll', returnAll: false, limit: 5 } },
				],
				connections: { [source.name]: { main: [[{ node: 'Jobcase', type: NodeConnectionTypes.Main, index: 0 }]] } },
			},
			{ credentials: wrongBase },
		);
		const error = run.data.resultData.error as { message: string; description?: string } | undefined;
		expect(error?.message).toMatch(/^Jobcase rejected the request \(404\)/);
		expect(error?.description).toMatch(/^The endpoint was not found: check the Base URL in the credential \(Jobcase’s ends in \/api\/platform\/v1/);
		expect(error?.description).not.toMatch(/Check the ID/);
	});

	it('a 404 on a path with an ID still says to check the ID', async () => {
		const result = await jobcase.run({ resource: 'job', operation: 'get', jobId: 99_999_999 });
		expect(result.error?.description).toMatch(/^Check the ID/);
	});
});
