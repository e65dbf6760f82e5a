import type { IDataObject } from 'n8n-workflow';

import type { LoggedRequest } from '../../sandbox/client';
import { API_KEY, startJobcase, type JobcaseFixture, validJob } from './fixture';

let jobcase: JobcaseFixture;
beforeAll(async () => {
	// 250 jobs: the listing takes three pages, so "one pass" means offsets 0, 100 and 200 once each.
	jobcase = await startJobcase({ jobs: 250, companies: 2 });
});
afterAll(async () => await jobcase.close());

interface ListedJob {
	id: number;
	companyId: number;
	adNumber: string;
	jobTitle: string;
	jobStatus: string;
}

const newJob = (companyId: number, adNumber: string, jobTitle?: string) => validJob(adNumber, companyId, jobTitle);

/** Job parameters filled from the input item by expressions, as users map them. */
const jobFromItem = {
	companyId: '={{ $json.companyId }}',
	adNumber: '={{ $json.adNumber }}',
	jobTitle: '={{ $json.jobTitle }}',
	jobDescription: '={{ $json.jobDescription }}',
	jobCity: '={{ $json.jobCity }}',
	jobState: '={{ $json.jobState }}',
	jobZipCode: '={{ $json.jobZipCode }}',
};

const upsert = async (jobs: IDataObject[], continueOnFail = false) =>
	await jobcase.run({ resource: 'job', operation: 'upsert', ...jobFromItem }, { inputItems: jobs.map((json) => ({ json })), continueOnFail });

/** Reads the sandbox's Jobcase API directly, not through the node under test. */
async function api<T>(path: string): Promise<T> {
	const response = await fetch(`${jobcase.credentials.jobcaseApi.baseUrl}${path}`, { headers: { 'X-Platform-Api-Key': API_KEY } });
	expect(response.status).toBe(200);
	return (await response.json()) as T;
}

const writes = (requests: LoggedRequest[]) =>
	requests.filter((request) => request.method !== 'GET').map((request) => `${request.method} ${request.path}`);

/** The job listing was read exactly once, in full and over every status, before anything was written. */
function expectOneListingPass(requests: LoggedRequest[], totalJobs: number) {
	const listings = requests.filter((request) => request.method === 'GET');
	expect(listings.every((request) => request.path === '/job/' && request.query.status === 'all' && request.status === 200)).toBe(true);
	// Each page after the first starts on the last record read (offsets 0, 99, 198, …), so that records moving back are noticed.
	const pages = 1 + Math.max(0, Math.ceil((totalJobs - 100) / 99));
	expect(listings.map((request) => request.query.offset)).toEqual(Array.from({ length: pages }, (_, page) => String(page * 99)));
	const lastListing = requests.lastIndexOf(listings[listings.length - 1]);
	const firstWrite = requests.findIndex((request) => request.method !== 'GET');
	expect(firstWrite === -1 || firstWrite > lastListing).toBe(true);
}

describe('Jobcase Job → Create or Update', () => {
	it('lists the jobs once, over every status, then updates the existing Ad Number and creates the new ones', async () => {
		// An expired seeded job: only a listing with status=all can find it.
		const expired = (await api<{ results: ListedJob[] }>('/job/?status=expired&limit=1')).results[0];
		expect(expired.jobStatus).toBe('Expired');
		const before = (await jobcase.control.jobcaseState()).counts.jobs;
		await jobcase.control.clearRequests();

		const result = await upsert([
			newJob(1, 'UPSERT-NEW-1'),
			newJob(expired.companyId, expired.adNumber, 'Rodeo Clown (updated)'),
			newJob(2, 'UPSERT-NEW-2'),
		]);

		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(3);
		expect(result.items.map((item) => item.pairedItem)).toEqual([0, 1, 2].map((item) => ({ item })));
		const [first, existing, second] = result.items.map((item) => item.json as unknown as ListedJob);
		expect(existing).toMatchObject({ id: expired.id, adNumber: expired.adNumber, companyId: expired.companyId, jobTitle: 'Rodeo Clown (updated)' });
		expect(first).toMatchObject({ companyId: 1, adNumber: 'UPSERT-NEW-1', jobStatus: 'Active' });
		expect(second).toMatchObject({ companyId: 2, adNumber: 'UPSERT-NEW-2', jobStatus: 'Active' });
		expect(new Set([first.id, existing.id, second.id]).size).toBe(3);

		const requests = await jobcase.control.requests('jobcase');
		expect(writes(requests)).toEqual(['POST /job/', `PUT /job/${expired.id}/`, 'POST /job/']);
		expectOneListingPass(requests, before);
		expect((await jobcase.control.jobcaseState()).counts.jobs).toBe(before + 2);
		expect((await api<ListedJob>(`/job/${expired.id}/`)).jobTitle).toBe('Rodeo Clown (updated)');
	});

	it('the same new Ad Number twice in one execution creates the job once, then updates it', async () => {
		const before = (await jobcase.control.jobcaseState()).counts.jobs;
		await jobcase.control.clearRequests();

		const result = await upsert([newJob(1, 'UPSERT-TWICE', 'First title'), newJob(1, 'UPSERT-TWICE', 'Second title')]);

		expect(result.error).toBeUndefined();
		const [created, updated] = result.items.map((item) => item.json as unknown as ListedJob);
		expect(updated.id).toBe(created.id);
		expect(updated.jobTitle).toBe('Second title');
		const requests = await jobcase.control.requests('jobcase');
		expect(writes(requests)).toEqual(['POST /job/', `PUT /job/${created.id}/`]);
		expectOneListingPass(requests, before);
		expect((await jobcase.control.jobcaseState()).counts.jobs).toBe(before + 1);
		expect((await api<ListedJob>(`/job/${created.id}/`)).jobTitle).toBe('Second title');
	});

	it('the same Ad Number under two companies is two jobs, and a later execution finds each one again', async () => {
		const created = await upsert([newJob(1, 'UPSERT-SHARED'), newJob(2, 'UPSERT-SHARED')]);
		expect(created.error).toBeUndefined();
		const [ofFirst, ofSecond] = created.items.map((item) => item.json as unknown as ListedJob);
		expect(ofFirst.companyId).toBe(1);
		expect(ofSecond.companyId).toBe(2);
		expect(ofFirst.id).not.toBe(ofSecond.id);

		await jobcase.control.clearRequests();
		const again = await upsert([newJob(2, 'UPSERT-SHARED', 'Second company'), newJob(1, 'UPSERT-SHARED', 'First company')]);
		expect(again.error).toBeUndefined();
		expect(again.items.map((item) => item.json.id)).toEqual([ofSecond.id, ofFirst.id]);
		expect(writes(await jobcase.control.requests('jobcase'))).toEqual([`PUT /job/${ofSecond.id}/`, `PUT /job/${ofFirst.id}/`]);
		expect((await api<ListedJob>(`/job/${ofFirst.id}/`)).jobTitle).toBe('First company');
		expect((await api<ListedJob>(`/job/${ofSecond.id}/`)).jobTitle).toBe('Second company');
	});

	it('parallel executions with the same Ad Number leave one job: the find-then-write is serialised per key', async () => {
		await jobcase.control.clearRequests();
		const runs = await Promise.all(
			Array.from({ length: 5 }, async (_, run) => await upsert([newJob(1, 'UPSERT-PARALLEL', `Run ${run}`), newJob(2, `UPSERT-PARALLEL-${run}`)])),
		);

		for (const result of runs) expect(result.error).toBeUndefined();
		const ids = runs.map((result) => result.items[0].json.id);
		expect(new Set(ids).size).toBe(1);
		const listed = { results: [] as ListedJob[] };
		for (let offset = 0; ; offset += 100) {
			const page = await api<{ results: ListedJob[] }>(`/job/?status=all&limit=100&offset=${offset}`);
			listed.results.push(...page.results);
			if (page.results.length < 100) break;
		}
		expect(listed.results.filter((job) => job.companyId === 1 && job.adNumber === 'UPSERT-PARALLEL')).toHaveLength(1);
		// Different keys are not held up by the lock: each run created its own second job.
		for (let run = 0; run < 5; run++) expect(listed.results.filter((job) => job.adNumber === `UPSERT-PARALLEL-${run}`)).toHaveLength(1);
		const requests = await jobcase.control.requests('jobcase');
		expect(writes(requests).filter((write) => write === 'POST /job/')).toHaveLength(1 + 5);
		expect(writes(requests).filter((write) => write === `PUT /job/${String(ids[0])}/`)).toHaveLength(4);
	});

	it('an execution whose index was read before another one created the key looks again inside the lock', async () => {
		// Each run first indexes the jobs (for its own new key), then reaches the shared key: all but the
		// first to get there hold an index that predates the shared job.
		const runs = await Promise.all(
			Array.from({ length: 4 }, async (_, run) => await upsert([newJob(2, `UPSERT-LATE-${run}`), newJob(1, 'UPSERT-LATE', `Run ${run}`)])),
		);
		for (const result of runs) expect(result.error).toBeUndefined();
		expect(new Set(runs.map((result) => result.items[1].json.id)).size).toBe(1);
		const sharedId = Number(runs[0].items[1].json.id);
		const job = await api<ListedJob>(`/job/${sharedId}/`);
		expect(job.adNumber).toBe('UPSERT-LATE');
	});

	it('refuses bad input before sending, naming the field, the item and the fix', async () => {
		await jobcase.control.clearRequests();
		const result = await upsert([newJob(1, 'UPSERT-BAD-OK'), { ...newJob(1, 'UPSERT-BAD'), jobState: 'California' }]);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(
			'Invalid input in item 1: "State" (jobState) must be exactly 2 letters, the state abbreviation, e.g. "CA"',
		);
		expect(writes(await jobcase.control.requests('jobcase'))).toEqual(['POST /job/']);
	});

	it('with Continue On Fail, the bad item becomes an error item and the others go through', async () => {
		await jobcase.control.clearRequests();
		const result = await upsert(
			[newJob(1, 'UPSERT-COF-1'), { ...newJob(1, 'UPSERT-COF-2'), jobState: 'California' }, newJob(1, 'UPSERT-COF-1', 'Retitled')],
			true,
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(3);
		expect(result.items.map((item) => item.pairedItem)).toEqual([0, 1, 2].map((item) => ({ item })));
		expect(result.items[0].json).toMatchObject({ adNumber: 'UPSERT-COF-1' });
		expect(result.items[1].json.error).toBe('Invalid input in item 1: "State" (jobState) must be exactly 2 letters, the state abbreviation, e.g. "CA"');
		expect(result.items[2].json).toMatchObject({ id: result.items[0].json.id, jobTitle: 'Retitled' });
		expect(writes(await jobcase.control.requests('jobcase'))).toEqual(['POST /job/', `PUT /job/${String(result.items[0].json.id)}/`]);
	});
});
