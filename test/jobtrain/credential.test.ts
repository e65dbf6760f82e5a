import { API_PASSWORD, CLIENT_ID, CLIENT_SECRET, USERNAME, apiCalls, startJobtrain, tokenCalls, type JobtrainFixture } from './fixture';
import { credentialTestRules, testCredential } from './credentialTester';
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

describe('Jobtrain refusals carry every reason Jobtrain documents', () => {
	it('a 401 that a fresh token does not cure names the expired session, invalid credentials and insufficient privileges', async () => {
		expect((await jobtrain.run(getJob)).error).toBeUndefined();
		await jobtrain.control.clearRequests();
		await jobtrain.control.fault({ provider: 'jobtrain', method: 'GET', pathContains: '/jobs/1', status: 401, count: 2, body: { title: 'Access Denied', status: 401, detail: 'Access denied.' } });
		const result = await jobtrain.run(getJob);
		expect(result.error?.message).toBe('Jobtrain rejected the request (401): Access denied.');
		const description = String(result.error?.description);
		for (const reason of ['expired session', 'invalid credentials', 'insufficient privileges', 'Client ID, Client Secret, Username and API Password', 'Security Role']) {
			expect(description).toContain(reason);
		}
		// The hint is given after n8n's one retry with a fresh token.
		expect((await jobtrain.requests()).map(({ method, path, status }) => `${method} ${path} ${status}`)).toEqual([
			'GET /jobs/1 401',
			'POST /connect/token 200',
			'GET /jobs/1 401',
		]);
		for (const secret of [CLIENT_SECRET, API_PASSWORD]) expect(result.serialized).not.toContain(secret);
	});
});

describe('Jobtrain API credential test (n8n’s "Test" button)', () => {
	it('passes with valid credentials, calling only the published POST /connect/token', async () => {
		const result = await testCredential('jobtrainApi', jobtrain.credentials.jobtrainApi);
		expect(result).toMatchObject({ status: 'OK' });
		// n8n gets a token first (preAuthentication; here the one this process already holds), then sends the test
		// request: the documented call, and nothing else.
		const requests = (await jobtrain.requests()).map(({ method, path, status }) => `${method} ${path} ${status}`);
		expect(requests.length).toBeGreaterThanOrEqual(1);
		expect(new Set(requests)).toEqual(new Set(['POST /connect/token 200']));
	});

	it('sends the documented JSON body: clientID, clientSecret, username and the API password', async () => {
		await jobtrain.control.fault({ provider: 'jobtrain', method: 'POST', pathContains: '/connect/token', echo: true, status: 200, count: 1 });
		const result = await testCredential('jobtrainApi', { ...jobtrain.credentials.jobtrainApi, baseUrl: `${jobtrain.credentials.jobtrainApi.baseUrl}/` }, { preAuthentication: false });
		expect(result.status).toBe('OK');
		const echoed = result.output?.[0][0].json as { method: string; url: string; headers: Record<string, string>; body: unknown };
		expect(echoed.method).toBe('POST');
		expect(new URL(echoed.url, 'http://sandbox').pathname).toMatch(/\/connect\/token$/);
		expect(new URL(echoed.url, 'http://sandbox').pathname).not.toMatch(/\/\/connect/);
		expect(echoed.headers['content-type']).toMatch(/^application\/json/);
		const body = typeof echoed.body === 'string' ? (JSON.parse(echoed.body) as unknown) : echoed.body;
		expect(body).toEqual({ clientID: CLIENT_ID, clientSecret: CLIENT_SECRET, username: USERNAME, password: API_PASSWORD });
	});

	it('the test request alone gets a token from the sandbox, and a 401 with a wrong password', async () => {
		const valid = await testCredential('jobtrainApi', jobtrain.credentials.jobtrainApi, { preAuthentication: false });
		expect(valid.status).toBe('OK');
		expect(JSON.stringify(valid.output?.[0][0].json).length).toBeGreaterThan(60);

		const wrongPassword = 'jt-wrong-api-password-222333';
		const refused = await testCredential('jobtrainApi', { ...jobtrain.credentials.jobtrainApi, apiPassword: wrongPassword }, { preAuthentication: false });
		expect(refused.status).toBe('Error');
		// n8n reads the credential's rule for a 401 when its error keeps the HTTP cause (later versions); n8n 2.8's error
		// drops it, so 2.8 shows its own words for a 401.
		const rule = (await credentialTestRules()).find((candidate) => candidate.properties.value === 401)?.properties.message;
		expect(rule).toMatch(/^Jobtrain refused the token request \(401 Access Denied\): the Client ID, Client Secret, Username or API Password is wrong/);
		expect([rule, 'Authorization failed - please check your credentials']).toContain(refused.message);
		for (const secret of [wrongPassword, CLIENT_SECRET, API_PASSWORD]) expect(refused.message).not.toContain(secret);
		// A 401 makes n8n try once more (the credential renews tokens), so the refused request is sent twice.
		expect((await jobtrain.requests()).map(({ path, status }) => `${path} ${status}`)).toEqual(['/connect/token 200', '/connect/token 401', '/connect/token 401']);
	});

	it.each([
		['clientSecret', 'jt-wrong-client-secret-444555'],
		['apiPassword', 'jt-wrong-api-password-666777'],
	])('fails with a wrong %s, in the sandbox’s words, without showing any secret', async (field, wrong) => {
		const result = await testCredential('jobtrainApi', { ...jobtrain.credentials.jobtrainApi, [field]: wrong });
		expect(result.status).toBe('Error');
		expect(result.message).toContain('Jobtrain refused the token request (401): Invalid client credentials, username or API password.');
		expect(result.message).toContain('Check the Client ID, Client Secret, Username and API Password');
		for (const secret of [wrong, CLIENT_SECRET, API_PASSWORD]) expect(result.message).not.toContain(secret);
		expect(apiCalls(await jobtrain.requests())).toEqual([]);
	});
});
