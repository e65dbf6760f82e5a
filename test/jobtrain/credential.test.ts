import { API_PASSWORD, CLIENT_SECRET, apiCalls, startJobtrain, tokenCalls, type JobtrainFixture } from './fixture';
import { CredentialStore, runNode } from '../harness';

let jobtrain: JobtrainFixture;
beforeAll(async () => {
	jobtrain = await startJobtrain({ jobs: 350 });
});
afterAll(async () => await jobtrain.close());
beforeEach(async () => {
	await jobtrain.control.clearFaults();
	await jobtrain.control.jobtrainClearDisruptions();
	await jobtrain.control.clearRequests();
});

const getJob = { resource: 'job', operation: 'get', jobId: 1 };

describe('Jobtrain API credential', () => {
	it('fetches one token and reuses it across executions', async () => {
		await jobtrain.control.jobtrainRevokeTokens();
		for (let run = 0; run < 3; run++) {
			const result = await jobtrain.run(getJob);
			expect(result.error).toBeUndefined();
			expect(result.items[0].json.jobId).toBe(1);
		}
		const requests = await jobtrain.requests();
		expect(tokenCalls(requests)).toHaveLength(1);
		expect(apiCalls(requests).map((request) => request.status)).toEqual([200, 200, 200]);
	});

	it.each(['string', 'accessToken', 'token'] as const)('accepts the token answered as %s', async (tokenResponse) => {
		await jobtrain.control.config({ jobtrain: { tokenResponse } });
		try {
			const result = await jobtrain.run(getJob, { store: new CredentialStore() });
			expect(result.error).toBeUndefined();
			expect(result.items[0].json.jobId).toBe(1);
		} finally {
			await jobtrain.control.config({ jobtrain: { tokenResponse: 'string' } });
		}
	});

	it('after 30 minutes the token expires: one refresh, and the whole list still arrives', async () => {
		const first = await jobtrain.run(getJob);
		expect(first.error).toBeUndefined();
		const oldToken = jobtrain.storedToken();
		await jobtrain.control.jobtrainAdvanceClock(30 * 60 + 1);
		await jobtrain.control.clearRequests();

		const result = await jobtrain.run({ resource: 'job', operation: 'getAll', returnAll: true, simplify: true });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(350);
		expect(new Set(result.items.map((item) => item.json.jobId)).size).toBe(350);
		const requests = await jobtrain.requests();
		expect(tokenCalls(requests)).toHaveLength(1);
		expect(apiCalls(requests).filter((request) => request.status === 200)).toHaveLength(4);
		expect(jobtrain.storedToken()).not.toBe(oldToken);

		// The renewed token is persisted: the next execution fetches none.
		await jobtrain.control.clearRequests();
		expect((await jobtrain.run(getJob)).error).toBeUndefined();
		expect(tokenCalls(await jobtrain.requests())).toHaveLength(0);
	});

	it('a revoked session costs one refresh for a run of many items, and no item is lost', async () => {
		expect((await jobtrain.run(getJob)).error).toBeUndefined();
		await jobtrain.control.jobtrainRevokeTokens();
		await jobtrain.control.clearRequests();
		const inputItems = [5, 6, 7, 8].map((jobId) => ({ json: { jobId } }));
		const result = await jobtrain.run({ resource: 'job', operation: 'get', jobId: '={{ $json.jobId }}' }, { inputItems });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.jobId)).toEqual([5, 6, 7, 8]);
		expect(result.items.map((item) => item.pairedItem)).toEqual([0, 1, 2, 3].map((item) => ({ item })));
		expect(tokenCalls(await jobtrain.requests())).toHaveLength(1);
	});

	it('wrong credentials are explained in Jobtrain’s words without showing any secret', async () => {
		const wrongPassword = 'jt-wrong-api-password-000111';
		const failed = await runNode({
			nodeType: 'jobtrain',
			parameters: getJob,
			credentials: { jobtrainApi: { ...jobtrain.credentials.jobtrainApi, apiPassword: wrongPassword } },
		});
		expect(failed.error?.message).toBe(
			'Jobtrain refused the token request (401): Invalid client credentials, username or API password. Check the Client ID, Client Secret, Username and API Password of the Jobtrain credential (the API password is generated in System Users, not the login password)',
		);
		expect(failed.error?.description).toBe('The credential got no token, so GET /jobs/1 was not sent.');
		for (const secret of [wrongPassword, CLIENT_SECRET]) expect(failed.serialized).not.toContain(secret);
	});

	it('secrets and tokens appear in no output or error', async () => {
		const succeeded = await jobtrain.run({ resource: 'job', operation: 'getAll', returnAll: false, limit: 3, simplify: false });
		const token = jobtrain.storedToken();
		expect(token).toBeDefined();
		await jobtrain.control.fault({ provider: 'jobtrain', method: 'GET', pathContains: '/jobs', status: 400, count: 1, body: { detail: `Bad request for token ${token}`, password: API_PASSWORD } });
		const failed = await jobtrain.run(getJob, { continueOnFail: true });
		expect(failed.items[0].json.error).toBe('Jobtrain rejected the request (400): Bad request for token [redacted]');
		const missing = await jobtrain.run({ ...getJob, jobId: 999_999 });
		for (const run of [succeeded, failed, missing]) {
			for (const secret of [CLIENT_SECRET, API_PASSWORD, token as string]) expect(run.serialized).not.toContain(secret);
		}
	});
});
