import { CredentialStore, runNode } from '../harness';
import { testCredential } from '../jobtrain/credentialTester';
import { json, redirect, startHostileServer, type HostileServer } from '../fixtures/hostile-server';

/**
 * A redirect is never followed: n8n's helper would send the credential's headers to whatever host it
 * names, and re-post a token request's secrets on a 307. The item fails instead, naming the origin only.
 */

const JOBCASE_KEY = 'jc-key-abcdef123456';
const NHSJOB_KEY = 'nhs-key-abcdef123456';
const JOBTRAIN_SECRET = 'jt-secret-abcdef1234';
const JOBTRAIN_PASSWORD = 'jt-pass-abcdef1234';

let thief: HostileServer;
beforeEach(async () => {
	// Answers like the real API would, so that following the redirect would look like success.
	thief = await startHostileServer((request, response) => {
		if (request.url?.includes('/connect/token')) return json(response, 200, 'stolen-token-123456');
		json(response, 200, { id: 5, jobId: 1, data: { id: 'job_1' } });
	});
});
afterEach(async () => await thief.close());

const everything = (server: HostileServer) => JSON.stringify(server.requests);

describe('a redirect from the API is not followed', () => {
	it.each([301, 302, 303, 307, 308])('Jobcase Get: a %i to another host never receives the API key', async (status) => {
		const api = await startHostileServer((_request, response) => redirect(response, status, `${thief.url}/steal?key=abc#frag`));
		try {
			const result = await runNode({
				nodeType: 'jobcase',
				parameters: { resource: 'company', operation: 'get', companyId: 5 },
				credentials: { jobcaseApi: { apiKey: JOBCASE_KEY, partnerId: 1, baseUrl: api.url, requestsPerMinute: 100_000 } },
				store: new CredentialStore(),
				continueOnFail: true,
			});
			expect(thief.requests).toHaveLength(0);
			expect(api.requests).toHaveLength(1);
			expect(result.items).toHaveLength(1);
			expect(result.items[0].json.error).toBe(
				`Jobcase answered ${status} with a redirect to ${thief.url} — not followed, so the credential is only ever sent to the Base URL; check the Base URL in the credential`,
			);
			expect(result.items[0].json.httpCode).toBe(String(status));
			expect(result.serialized).not.toContain('/steal');
			expect(result.serialized).not.toContain(JOBCASE_KEY);
		} finally {
			await api.close();
		}
	});

	it('Jobcase: a redirect within the same site is not followed either, and names that site', async () => {
		const api = await startHostileServer((_request, response) => redirect(response, 301, '/company/5/'));
		try {
			const result = await runNode({
				nodeType: 'jobcase',
				parameters: { resource: 'company', operation: 'get', companyId: 5 },
				credentials: { jobcaseApi: { apiKey: JOBCASE_KEY, partnerId: 1, baseUrl: `${api.url}/api/platform/v1`, requestsPerMinute: 100_000 } },
				store: new CredentialStore(),
				continueOnFail: true,
			});
			expect(api.requests.map((request) => request.url)).toEqual(['/api/platform/v1/company/5/']);
			expect(result.items[0].json.error).toMatch(new RegExp(`^Jobcase answered 301 with a redirect to ${api.url} — not followed`));
		} finally {
			await api.close();
		}
	});

	it('NHSJob Get: a 302 to another host never receives the X-API-Key', async () => {
		const api = await startHostileServer((_request, response) => redirect(response, 302, `${thief.url}/steal`));
		try {
			const result = await runNode({
				nodeType: 'nhsJob',
				parameters: { authentication: 'apiKey', resource: 'job', operation: 'get', jobId: 'job_1' },
				credentials: { nhsJobApi: { apiKey: NHSJOB_KEY, environment: 'custom', baseUrl: api.url, requestsPerMinute: '1000' } },
				store: new CredentialStore(),
				continueOnFail: true,
			});
			expect(thief.requests).toHaveLength(0);
			expect(api.requests).toHaveLength(1);
			expect(result.items[0].json.error).toBe(
				`NHSJob answered 302 with a redirect to ${thief.url} — not followed, so the credential is only ever sent to the Base URL; check the Base URL in the credential`,
			);
			expect(result.serialized).not.toContain(NHSJOB_KEY);
		} finally {
			await api.close();
		}
	});

	it.each([307, 308, 302])('Jobtrain: a %i on POST /connect/token re-posts no secret and no token from elsewhere is used', async (status) => {
		const api = await startHostileServer((request, response) => {
			if (request.url?.includes('/connect/token')) return redirect(response, status, `${thief.url}/connect/token`);
			json(response, 200, { jobId: 1 });
		});
		try {
			const result = await runNode({
				nodeType: 'jobtrain',
				parameters: { resource: 'job', operation: 'get', jobId: '1' },
				credentials: {
					jobtrainApi: { baseUrl: api.url, clientId: 'c', clientSecret: JOBTRAIN_SECRET, username: 'u', apiPassword: JOBTRAIN_PASSWORD, requestsPerMinute: 100_000 },
				},
				store: new CredentialStore(),
				continueOnFail: true,
			});
			expect(thief.requests).toHaveLength(0);
			expect(everything(thief)).not.toContain(JOBTRAIN_SECRET);
			// The job was never asked for: there is no token to ask with.
			expect(api.requests.map((request) => `${request.method} ${request.url}`)).toEqual(['POST /connect/token']);
			expect(String(result.items[0].json.error)).toContain(
				`Jobtrain answered ${status} with a redirect to ${thief.url} — not followed, so the credential is only ever sent to the Base URL; check the Base URL in the credential`,
			);
			expect(result.serialized).not.toContain('stolen-token-123456');
			expect(result.serialized).not.toContain(JOBTRAIN_SECRET);
		} finally {
			await api.close();
		}
	});

	it('Cegid: a 307 on POST /api/token re-posts no client secret', async () => {
		const api = await startHostileServer((request, response) => {
			if (request.url?.includes('/api/token')) return redirect(response, 307, `${thief.url}/api/token`);
			json(response, 200, {});
		});
		try {
			const result = await runNode({
				nodeType: 'cegidRecruiting',
				parameters: { resource: 'vacancy', operation: 'getAll', returnAll: false, limit: 3 },
				credentials: { cegidRecruitingApi: { baseUrl: api.url, clientId: 'cgd', clientSecret: 'cg-secret-abcdef1234', scope: 'MatchingIndexation', requestsPerMinute: 100_000 } },
				store: new CredentialStore(),
				continueOnFail: true,
			});
			expect(thief.requests).toHaveLength(0);
			expect(api.requests.map((request) => `${request.method} ${request.url}`)).toEqual(['POST /api/token']);
			expect(String(result.items[0].json.error)).toContain(`Cegid answered 307 with a redirect to ${thief.url} — not followed`);
		} finally {
			await api.close();
		}
	});
});

describe('the credential test does not follow a redirect', () => {
	it.each([
		['jobcaseApi', (url: string) => ({ apiKey: JOBCASE_KEY, partnerId: 1, baseUrl: url, requestsPerMinute: 100_000 }), JOBCASE_KEY],
		['nhsJobApi', (url: string) => ({ apiKey: NHSJOB_KEY, environment: 'custom', baseUrl: url, requestsPerMinute: '1000' }), NHSJOB_KEY],
		[
			'jobtrainApi',
			(url: string) => ({ baseUrl: url, clientId: 'c', clientSecret: JOBTRAIN_SECRET, username: 'u', apiPassword: JOBTRAIN_PASSWORD, requestsPerMinute: 100_000 }),
			JOBTRAIN_SECRET,
		],
	] as const)('%s: the test fails and the other host gets nothing', async (credentialType, data, secret) => {
		const api = await startHostileServer((_request, response) => redirect(response, 307, `${thief.url}/steal`));
		try {
			const result = await testCredential(credentialType, data(api.url));
			expect(result.status).toBe('Error');
			expect(thief.requests).toHaveLength(0);
			expect(everything(thief)).not.toContain(secret);
		} finally {
			await api.close();
		}
	});
});
