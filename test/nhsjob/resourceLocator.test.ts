import type { IDataObject } from 'n8n-workflow';

import { runListSearch } from '../jobtrain/listSearch';
import { startNhsJob, type NhsJobFixture } from './fixture';

/**
 * Job (of Get and of Submit) is a resource locator (From List, By ID). Workflows saved before held a plain job ID:
 * they still run unchanged, and the list reads NHSJob's job search.
 */
let nhsjob: NhsJobFixture;
let openJobIds: string[];
beforeAll(async () => {
	nhsjob = await startNhsJob({ jobs: 250 });
	openJobIds = (await nhsjob.openJobs()).map((job) => job.id);
});
afterAll(async () => await nhsjob.close());
beforeEach(async () => {
	await nhsjob.control.config({ nhsjob: { metaStyle: 'totals', apiKeyPermissions: ['read:jobs'] } });
	await nhsjob.control.clearRequests();
});

const apiKeyCredentials = () => ({ nhsJobApi: nhsjob.apiKeyCredential });
const search = async (parameters: Record<string, unknown> = {}, filter?: string, paginationToken?: string, credentials: Record<string, object> = apiKeyCredentials()) =>
	await runListSearch({ nodeType: 'nhsJob', method: 'searchJobs', parameters: parameters as never, credentials, store: nhsjob.store, filter, paginationToken });

describe('NHSJob job IDs saved by earlier versions (plain strings) still run', () => {
	it('Job Get with jobId saved as a plain string, and as a resource locator (By ID, From List), reads the same job', async () => {
		const plain = await nhsjob.run({ resource: 'job', operation: 'get', jobId: openJobIds[0] });
		expect(plain.error).toBeUndefined();
		expect(plain.items[0].json).toMatchObject({ id: openJobIds[0], status: 'open' });
		for (const mode of ['id', 'list']) {
			const located = await nhsjob.run({ resource: 'job', operation: 'get', jobId: { __rl: true, mode, value: openJobIds[0] } });
			expect(located.items[0].json).toEqual(plain.items[0].json);
		}
		expect((await nhsjob.control.requests('nhsjob')).map((request) => request.path)).toEqual(Array(3).fill(`/v1/jobs/${openJobIds[0]}`));
	});

	it('Application Submit with job_id saved as a plain string, and as a resource locator, sends that job', async () => {
		await nhsjob.control.config({ nhsjob: { apiKeyPermissions: ['read:jobs', 'write:applications'] } });
		const submit = (jobId: unknown, candidateId: string) => ({
			resource: 'application',
			operation: 'submit',
			jobId,
			candidateId,
			resumeUrl: 'https://cv.example.org/resume.pdf',
		});
		const plain = await nhsjob.run(submit(openJobIds[1], 'cand_50001'));
		expect(plain.error).toBeUndefined();
		expect(plain.items[0].json).toMatchObject({ job_id: openJobIds[1], candidate_id: 'cand_50001', status: 'submitted' });
		const located = await nhsjob.run(submit({ __rl: true, mode: 'list', value: openJobIds[2] }, 'cand_50002'));
		expect(located.error).toBeUndefined();
		expect(located.items[0].json).toMatchObject({ job_id: openJobIds[2], candidate_id: 'cand_50002' });
	});

	it('a hostile ID in a resource locator (from an expression) is refused before anything is sent', async () => {
		const result = await nhsjob.run({ resource: 'job', operation: 'get', jobId: { __rl: true, mode: 'id', value: "={{ '../applications' }}" } });
		expect(result.error?.message).toMatch(/^Invalid input in item 0: "Job" \(jobId\) must be an NHSJob job ID/);
		expect(await nhsjob.control.requests('nhsjob')).toHaveLength(0);
	});
});

describe('NHSJob job list search reads the sandbox', () => {
	it('lists open jobs 100 a page, with the token of the next page until the last', async () => {
		const first = await search();
		expect(first.results.map((item) => item.value)).toEqual(openJobIds.slice(0, 100));
		expect(first.results[0].name).toMatch(/^.+ \(.+, .+, .+\)$/);
		expect(first.paginationToken).toMatch(/^2\.[0-9a-f]{8}$/);
		const lastPage = String(Math.ceil(openJobIds.length / 100));
		const last = await search({}, undefined, lastPage);
		expect(last.results.map((item) => item.value)).toEqual(openJobIds.slice((Number(lastPage) - 1) * 100));
		expect(last.paginationToken).toBeUndefined();
		const requests = await nhsjob.control.requests('nhsjob');
		expect(requests.map((request) => [request.path, request.query.page, request.query.limit])).toEqual([
			['/v1/jobs', '1', '100'],
			['/v1/jobs', lastPage, '100'],
		]);
	});

	it('without totals in meta (has_more only), the pages still end', async () => {
		await nhsjob.control.config({ nhsjob: { metaStyle: 'hasMore' } });
		const lastPage = String(Math.ceil(openJobIds.length / 100));
		const last = await search({}, undefined, lastPage);
		expect(last.results.length).toBe(openJobIds.length - (Number(lastPage) - 1) * 100);
		expect(last.paginationToken).toBeUndefined();
	});

	it('a search text matches the job’s title, location, specialty or ID across pages', async () => {
		const jobs = (await nhsjob.openJobs()) as unknown as IDataObject[];
		const target = jobs[jobs.length - 1];
		const byId = await search({}, String(target.id).toUpperCase());
		expect(byId.results.map((item) => item.value)).toEqual([target.id]);
		expect(byId.paginationToken).toBeUndefined();

		const location = String(target.location);
		const byLocation = await search({}, location.toLowerCase());
		const expected = jobs.filter((job) => String(job.location).toLowerCase().includes(location.toLowerCase()) || String(job.title).toLowerCase().includes(location.toLowerCase()));
		expect(byLocation.results.length).toBeGreaterThanOrEqual(Math.min(expected.length, 50));
		expect(byLocation.results.every((item) => item.name.toLowerCase().includes(location.toLowerCase()))).toBe(true);
	});

	it('with Authentication set to OAuth2, lists through the OAuth2 credential (the only one the node has)', async () => {
		await nhsjob.connectOAuth2();
		const { oauthTokenData: _tokens, ...oauth } = nhsjob.oauthCredential;
		const found = await search({ authentication: 'oAuth2', resource: 'application', operation: 'submit' }, undefined, undefined, { nhsJobOAuth2Api: oauth });
		expect(found.results.map((item) => item.value)).toEqual(openJobIds.slice(0, 100));
	});
});
