import { SandboxControl } from '../../sandbox/client';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { authorizationCodeFlow } from './fixture';

/** The emulation answers like an API, not a happy-path mock: these are the answers the nodes must cope with. */
let sandbox: Sandbox;
let control: SandboxControl;
let host: string;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0 });
	control = new SandboxControl(sandbox.url);
	host = sandbox.baseUrl('nhsjob');
});
afterAll(async () => await sandbox.close());
beforeEach(async () => {
	await control.reset({ nhsjob: { jobs: 50, candidates: 5 } });
});

const KEY = { 'X-API-Key': 'sandbox-nhsjob-key' };
const oauthClient = () => ({
	clientId: 'sandbox-nhsjob-client',
	clientSecret: 'sandbox-nhsjob-client-secret',
	authUrl: `${host}/oauth/authorize`,
	accessTokenUrl: `${host}/oauth/token`,
	scope: 'read:jobs write:applications',
});

async function call(method: string, path: string, headers: Record<string, string> = {}, body?: unknown) {
	const response = await fetch(`${host}${path}`, {
		method,
		headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
		body: body === undefined ? undefined : JSON.stringify(body),
		redirect: 'manual',
	});
	const text = await response.text();
	return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

describe('NHSJob sandbox', () => {
	it('asks for credentials, refuses wrong ones, and keeps API keys read-only', async () => {
		expect((await call('GET', '/v1/jobs')).status).toBe(401);
		expect((await call('GET', '/v1/jobs', { 'X-API-Key': 'wrong' })).body).toEqual({ error: 'invalid_api_key', message: 'The API key is not valid for this environment.' });
		const list = await call('GET', '/v1/jobs?limit=2', KEY);
		expect(list.status).toBe(200);
		const { openJobs } = (await control.nhsjobState()).counts;
		expect(list.body.meta).toEqual({ current_page: 1, per_page: 2, total: openJobs, last_page: Math.ceil(openJobs / 2) });
		const apply = await call('POST', '/v1/applications', KEY, { job_id: list.body.data[0].id, candidate_id: 'cand_50001', resume_url: 'https://cv.example.org/a.pdf' });
		expect(apply.status).toBe(403);
		expect(apply.body.error).toBe('insufficient_scope');
	});

	it('names the bad paging parameter and every bad field of an application', async () => {
		expect((await call('GET', '/v1/jobs?limit=101', KEY)).body).toMatchObject({ error: 'invalid_parameter', field: 'limit' });
		expect((await call('GET', '/v1/jobs?page=0', KEY)).body).toMatchObject({ error: 'invalid_parameter', field: 'page' });
		await control.config({ nhsjob: { apiKeyPermissions: ['read:jobs', 'write:applications'] } });
		const invalid = await call('POST', '/v1/applications', KEY, { job_id: 'job_1', resume_url: 'ftp://cv' });
		expect(invalid.status).toBe(422);
		expect(invalid.body.errors.map((problem: { field: string }) => problem.field)).toEqual(['candidate_id', 'resume_url']);
		const unknown = await call('POST', '/v1/applications', KEY, { job_id: 'job_1', candidate_id: 'cand_1', resume_url: 'https://cv.example.org/a.pdf' });
		expect(unknown.body.errors.map((problem: { field: string }) => problem.field)).toEqual(['job_id', 'candidate_id']);
	});

	it('answers 429 with Retry-After once the plan’s minute is used up, per key', async () => {
		await control.config({ nhsjob: { rateLimitPerMinute: 3 } });
		const statuses = [];
		for (let index = 0; index < 4; index++) statuses.push((await call('GET', '/v1/jobs?limit=1', KEY)).status);
		expect(statuses).toEqual([200, 200, 200, 429]);
		const throttled = await call('GET', '/v1/jobs?limit=1', KEY);
		expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(throttled.body.error).toBe('rate_limit_exceeded');
	});

	it('runs the authorization-code flow, renews with a rotated refresh token, and refuses reused codes', async () => {
		const tokens = await authorizationCodeFlow(oauthClient());
		expect(tokens).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'read:jobs write:applications' });
		expect((await call('GET', '/v1/jobs?limit=1', { Authorization: `Bearer ${tokens.access_token}` })).status).toBe(200);
		expect((await call('GET', '/v1/candidates/cand_50001', { Authorization: `Bearer ${tokens.access_token}` })).body.error).toBe('insufficient_scope');

		await control.nhsjobExpireTokens();
		const expired = await call('GET', '/v1/jobs?limit=1', { Authorization: `Bearer ${tokens.access_token}` });
		expect(expired.status).toBe(401);
		expect(expired.headers.get('www-authenticate')).toContain('invalid_token');

		const refresh = (refreshToken: unknown) =>
			fetch(`${host}/oauth/token`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Basic ${Buffer.from('sandbox-nhsjob-client:sandbox-nhsjob-client-secret').toString('base64')}` },
				body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: String(refreshToken) }),
			});
		const renewed = await refresh(tokens.refresh_token);
		expect(renewed.status).toBe(200);
		expect((await refresh(tokens.refresh_token)).status).toBe(400);

		const wrongClient = await authorizationCodeFlow({ ...oauthClient(), clientSecret: 'wrong' }).catch((error: Error) => error);
		expect(String(wrongClient)).toMatch(/invalid_client|Client authentication failed/);
		const badScope = await authorizationCodeFlow({ ...oauthClient(), scope: 'admin' }).catch((error: Error) => error);
		expect(String(badScope)).toMatch(/scope is invalid/);
	});

	it('knows nothing of unknown paths and says which methods a path takes', async () => {
		expect((await call('GET', '/v1/nothing', KEY)).status).toBe(404);
		const wrongMethod = await call('DELETE', '/v1/jobs', KEY);
		expect(wrongMethod.status).toBe(405);
		expect(wrongMethod.headers.get('allow')).toBe('GET');
	});
});
