import { API_KEY, companyFromItem, items, startJobcase, validCompany, type JobcaseFixture } from './fixture';

let jobcase: JobcaseFixture;
beforeAll(async () => {
	jobcase = await startJobcase({ jobs: 450, companies: 1 });
});
afterAll(async () => await jobcase.close());
beforeEach(async () => {
	await jobcase.control.clearFaults();
	await jobcase.control.clearRequests();
});

describe('Jobcase under failure', () => {
	it('retries 429s after Retry-After, even for creates, and loses no item', async () => {
		await jobcase.control.fault({ provider: 'jobcase', method: 'POST', pathContains: '/company/', status: 429, count: 3, retryAfter: '1', body: { detail: 'Request was throttled.' } });
		const inputItems = items(5, (index) => validCompany(`throttled-${index}`));
		const result = await jobcase.run({ resource: 'company', operation: 'create', ...companyFromItem }, { inputItems });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.partnerCompanyId)).toEqual(inputItems.map((item) => item.json.partnerCompanyId));
		const posts = (await jobcase.control.requests('jobcase')).filter((request) => request.method === 'POST');
		expect(posts.map((request) => request.status)).toEqual([429, 429, 429, 201, 201, 201, 201, 201]);
	});

	it('retries 503s and dropped connections on reads and returns the complete list', async () => {
		await jobcase.control.fault({ provider: 'jobcase', method: 'GET', pathContains: '/job/', status: 503, count: 2 });
		await jobcase.control.fault({ provider: 'jobcase', method: 'GET', pathContains: '/job/', drop: true, count: 1 });
		const result = await jobcase.run({ resource: 'job', operation: 'getAll', returnAll: true, filters: { status: 'all' } });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(450);
		const statuses = (await jobcase.control.requests('jobcase')).map((request) => request.status);
		expect(statuses.filter((status) => status === 503)).toHaveLength(2);
		expect(statuses.filter((status) => status === 0)).toHaveLength(1);
		expect(statuses.filter((status) => status === 200)).toHaveLength(5);
	});

	it('does not repeat a create after an ambiguous 503: the item fails with the reason instead', async () => {
		await jobcase.control.fault({ provider: 'jobcase', method: 'POST', pathContains: '/company/', status: 503, count: 1, body: { detail: 'Service temporarily unavailable.' } });
		const inputItems = items(3, (index) => validCompany(`ambiguous-${index}`));
		const result = await jobcase.run({ resource: 'company', operation: 'create', ...companyFromItem }, { inputItems, continueOnFail: true });
		expect(result.items).toHaveLength(3);
		expect(result.items[0].json.error).toBe('Jobcase rejected the request (503): Service temporarily unavailable.');
		expect(result.items[0].json.httpCode).toBe('503');
		expect(result.items[1].json.partnerCompanyId).toBe('acme-ambiguous-1');
		expect(result.items[2].json.partnerCompanyId).toBe('acme-ambiguous-2');
		const posts = (await jobcase.control.requests('jobcase')).filter((request) => request.method === 'POST');
		expect(posts).toHaveLength(3);
	});

	it('gives up after the configured attempts with the provider’s explanation', async () => {
		await jobcase.control.fault({ provider: 'jobcase', method: 'GET', status: 503, count: 10, body: { detail: 'Maintenance.' } });
		const result = await jobcase.run({ resource: 'job', operation: 'get', jobId: 1, requestOptions: { maxAttempts: 2 } });
		expect(result.error?.message).toBe('Jobcase rejected the request (503): Maintenance.');
		expect(await jobcase.control.requests('jobcase')).toHaveLength(2);
	});
});

describe('Jobcase credential secrecy', () => {
	it('a wrong key is explained without showing any key', async () => {
		const result = await jobcase.run({ resource: 'job', operation: 'get', jobId: 1 });
		expect(result.error).toBeUndefined();
		const wrongKey = 'jc-wrong-key-0000000000001';
		const { runNode } = await import('../harness');
		const failed = await runNode({
			nodeType: 'jobcase',
			parameters: { resource: 'job', operation: 'get', jobId: 1 },
			credentials: { jobcaseApi: { ...jobcase.credentials.jobcaseApi, apiKey: wrongKey } },
		});
		expect(failed.error?.message).toBe('Jobcase rejected the request (401): Invalid API key.');
		expect(failed.error?.description).toMatch(/Check the API key/);
		expect(failed.serialized).not.toContain(wrongKey);
	});

	it('the key never appears in outputs or errors, even when the provider echoes it back', async () => {
		await jobcase.control.fault({ provider: 'jobcase', method: 'POST', status: 400, count: 1, body: { detail: `Key ${API_KEY} may not create companies`, 'X-Platform-Api-Key': API_KEY } });
		const failing = await jobcase.run({ resource: 'company', operation: 'create', ...validCompany('echo') }, { continueOnFail: true });
		expect(failing.items[0].json.error).toBe('Jobcase rejected the request (400): Key [redacted] may not create companies');
		const failingHard = await jobcase.run({ resource: 'job', operation: 'get', jobId: 99_999 });
		const succeeding = await jobcase.run({ resource: 'job', operation: 'getAll', returnAll: false, limit: 5 });
		for (const run of [failing, failingHard, succeeding]) expect(run.serialized).not.toContain(API_KEY);
	});
});
