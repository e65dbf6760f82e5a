import { startJobcase, type JobcaseFixture } from './fixture';

let jobcase: JobcaseFixture;
beforeAll(async () => {
	jobcase = await startJobcase({ jobs: 600, companies: 1, campaigns: 2 });
});
afterAll(async () => await jobcase.close());

describe('Jobcase campaigns', () => {
	it('creates a campaign, then adds budget and replaces its jobs', async () => {
		const created = await jobcase.run({
			resource: 'campaign',
			operation: 'create',
			companyId: 1,
			name: 'Spring hiring',
			budget: 15.5,
			additionalFields: { aggressiveness: 30, jobs: '1, 2, 3' },
		});
		expect(created.error).toBeUndefined();
		const campaign = created.items[0].json;
		expect(campaign).toMatchObject({ name: 'Spring hiring', budget: 15.5, aggressiveness: 30 });
		expect((campaign.jobs as Array<{ id: number }>).map((job) => job.id)).toEqual([1, 2, 3]);

		const updated = await jobcase.run({
			resource: 'campaign',
			operation: 'update',
			campaignId: campaign.id,
			companyId: 1,
			name: 'Spring hiring',
			additionalFields: { addBudget: 10.25, jobs: '4,5' },
		});
		expect(updated.error).toBeUndefined();
		expect(updated.items[0].json.budget).toBeCloseTo(25.75);
		expect((updated.items[0].json.jobs as Array<{ id: number }>).map((job) => job.id)).toEqual([4, 5]);

		const fetched = await jobcase.run({ resource: 'campaign', operation: 'get', campaignId: campaign.id });
		expect(fetched.items[0].json.id).toBe(campaign.id);
	});

	it('lists campaigns by status and their cost data', async () => {
		const all = await jobcase.run({ resource: 'campaign', operation: 'getAll', returnAll: true, status: 'all' });
		expect(all.items.length).toBeGreaterThanOrEqual(2);
		const costs = await jobcase.run({ resource: 'campaign', operation: 'getCostData', returnAll: true, filters: { campaignId: 1 } });
		expect(costs.error).toBeUndefined();
		expect(costs.items.length).toBeGreaterThan(0);
		expect(costs.items.every((item) => item.json.campaignId === 1)).toBe(true);
	});

	it('estimates candidates for a job', async () => {
		const result = await jobcase.run({
			resource: 'campaign',
			operation: 'estimate',
			budget: 20,
			jobTitle: 'Nurse',
			jobDescription: 'Registered nurse for a busy ward.',
			location: { jobZipCode: '94111' },
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({ minCandidates: expect.any(Number), maxCandidates: expect.any(Number) });
	});

	it.each([
		[{ budget: 14.99 }, '"Budget" (budget) must be at least 15'],
		[{ budget: 15.555 }, '"Budget" (budget) must have at most 2 decimal places, e.g. 15.25'],
		[{ budget: 20, additionalFields: { aggressiveness: 35 } }, '"Aggressiveness" (aggressiveness) must be 10, 20, 30, 40, 50 or 60'],
		[
			{ budget: 20, additionalFields: { jobs: Array.from({ length: 501 }, (_, i) => i + 1).join(',') } },
			'"Job IDs" (jobs) may hold at most 500 job IDs: split the jobs over several campaigns',
		],
	])('refuses %j before sending', async (fields, message) => {
		await jobcase.control.clearRequests();
		const result = await jobcase.run({ resource: 'campaign', operation: 'create', companyId: 1, name: 'Bad', ...fields });
		expect(result.error?.message).toBe(`Invalid input in item 0: ${message}`);
		expect(await jobcase.control.requests('jobcase')).toHaveLength(0);
	});

	it('an estimate needs a location', async () => {
		const result = await jobcase.run({ resource: 'campaign', operation: 'estimate', budget: 20, jobTitle: 'Nurse', jobDescription: 'Ward nurse' });
		expect(result.error?.message).toMatch(/"Zip Code" \(jobZipCode\) or both Job City and Job State are required/);
	});
});
