import type { INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { startJobcase, type JobcaseFixture } from './fixture';
import { listSearch } from './listSearch';

/**
 * Job ID, Company ID and Campaign ID are resource locators whose "From List" mode calls the node's list searches.
 * Jobcase's lists take no search text: the node reads pages of 100 and keeps what matches, handing n8n a token to
 * read on.
 */
describe('Jobcase list searches (From List of Job ID, Company ID, Campaign ID)', () => {
	let jobcase: JobcaseFixture;
	beforeAll(async () => {
		jobcase = await startJobcase({ jobs: 250, companies: 5, campaigns: 3 });
	});
	afterAll(async () => await jobcase.close());

	const search = async (method: string, parameter: string, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> =>
		await listSearch({ nodeType: 'jobcase', method, parameter, parameters: { resource: 'job', operation: 'get' }, credentials: jobcase.credentials, filter, paginationToken });

	/** Every result, following the pagination tokens the way the editor does while the user scrolls. */
	async function everyResult(method: string, parameter: string, filter?: string): Promise<{ results: INodeListSearchItems[]; calls: number }> {
		const results: INodeListSearchItems[] = [];
		let token: string | undefined;
		let calls = 0;
		do {
			const page = await search(method, parameter, filter, token);
			calls++;
			results.push(...page.results);
			token = page.paginationToken as string | undefined;
		} while (token !== undefined && calls < 50);
		return { results, calls };
	}

	async function jobsInSandbox(): Promise<Array<{ id: number; adNumber: string; jobTitle: string; jobStatus: string }>> {
		const listed = await jobcase.run({ resource: 'job', operation: 'getAll', returnAll: true, filters: { status: 'all' }, simplify: true });
		expect(listed.error).toBeUndefined();
		return listed.items.map((item) => item.json as { id: number; adNumber: string; jobTitle: string; jobStatus: string });
	}

	it('Job ID lists every job of every status from the sandbox, 100 per call, as "Title (Ad Number)"', async () => {
		await jobcase.run({ resource: 'job', operation: 'expire', jobId: 3 });
		const jobs = await jobsInSandbox();
		expect(jobs).toHaveLength(250);

		const first = await search('searchJobs', 'jobId');
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toMatch(/^100\.[0-9a-f]{8}$/);

		const { results, calls } = await everyResult('searchJobs', 'jobId');
		expect(calls).toBe(3);
		expect(results.map((result) => Number(result.value)).sort((a, b) => a - b)).toEqual(jobs.map((job) => job.id).sort((a, b) => a - b));
		const third = jobs.find((job) => job.id === 3)!;
		expect(results.find((result) => result.value === '3')?.name).toBe(`${third.jobTitle} (${third.adNumber}) – Expired`);
		const active = jobs.find((job) => job.jobStatus === 'Active')!;
		expect(results.find((result) => result.value === String(active.id))?.name).toBe(`${active.jobTitle} (${active.adNumber})`);
	});

	it('Job ID filtered by an Ad Number finds that job, reading on past the first page', async () => {
		const jobs = await jobsInSandbox();
		const last = jobs[jobs.length - 1];
		const { results } = await everyResult('searchJobs', 'jobId', last.adNumber.toLowerCase());
		expect(results).toEqual([{ name: `${last.jobTitle} (${last.adNumber})${last.jobStatus === 'Expired' ? ' – Expired' : ''}`, value: String(last.id) }]);
	});

	it('Job ID lists the active jobs from a Jobcase that refuses status=all', async () => {
		const active = (await jobsInSandbox()).filter((job) => job.jobStatus === 'Active');
		expect(active.length).toBeLessThan(250);
		await jobcase.control.config({ jobcase: { jobStatusAll: 'reject' } });
		try {
			const { results } = await everyResult('searchJobs', 'jobId');
			expect(results.map((result) => Number(result.value)).sort((a, b) => a - b)).toEqual(active.map((job) => job.id).sort((a, b) => a - b));
		} finally {
			await jobcase.control.config({ jobcase: { jobStatusAll: 'honour' } });
		}
	});

	it('Company ID lists every company as "Name (Partner Company ID)", and filters by either', async () => {
		const { companies } = await jobcase.control.jobcaseState();
		const { results } = await everyResult('searchCompanies', 'companyId');
		expect(results).toEqual(companies.map((company) => ({ name: `${company.companyName} (${company.partnerCompanyId})`, value: String(company.id) })));
		const [, second] = companies;
		expect((await search('searchCompanies', 'companyId', second.partnerCompanyId)).results).toEqual([
			{ name: `${second.companyName} (${second.partnerCompanyId})`, value: String(second.id) },
		]);
	});

	it('Campaign ID lists every campaign, active or paused', async () => {
		const { campaignIds } = await jobcase.control.jobcaseState();
		await jobcase.run({ resource: 'campaign', operation: 'update', campaignId: campaignIds[0], companyId: 1, name: 'Paused for the list', additionalFields: { isPaused: true } });
		const { results } = await everyResult('searchCampaigns', 'campaignId');
		expect(results.map((result) => Number(result.value)).sort((a, b) => a - b)).toEqual([...campaignIds].sort((a, b) => a - b));
		expect(results.find((result) => result.value === String(campaignIds[0]))?.name).toBe('Paused for the list – Paused');
		expect((await search('searchCampaigns', 'campaignId', 'paused for')).results.map((result) => result.value)).toEqual([String(campaignIds[0])]);
	});

	it('a record picked from the list runs the operation', async () => {
		const [picked] = (await search('searchJobs', 'jobId')).results;
		const result = await jobcase.run({ resource: 'job', operation: 'get', jobId: { __rl: true, mode: 'list', value: picked.value, cachedResultName: picked.name } });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.id).toBe(Number(picked.value));
	});
});
