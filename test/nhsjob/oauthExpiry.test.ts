import * as requestHelpers from 'n8n-core/dist/execution-engine/node-execution-context/utils/request-helper-functions';

import type { LoggedRequest } from '../../sandbox/client';
import { CLIENT_SECRET, items, startNhsJob, type NhsJobFixture } from './fixture';

/**
 * An expired OAuth2 access token costs one refused call: 401 → one refresh at the token URL → one resend,
 * counted from the sandbox's own request log.
 */
let nhsjob: NhsJobFixture;
let jobIds: string[];
beforeAll(async () => {
	nhsjob = await startNhsJob({ jobs: 40, candidates: 5 });
	jobIds = (await nhsjob.openJobs()).map((job) => job.id);
});
afterAll(async () => await nhsjob.close());
beforeEach(async () => {
	await nhsjob.control.clearFaults();
	// A new connection per test: each starts from a valid token and an unused refresh token.
	await nhsjob.connectOAuth2();
	await nhsjob.control.clearRequests();
});

const oauth2 = { authentication: 'oAuth2' as const };
const getJob = (index = 0) => ({ resource: 'job', operation: 'get', jobId: jobIds[index] });

/** The log as 'token' for the token URL and the status for API calls. */
async function calls(): Promise<Array<number | 'token'>> {
	const log: LoggedRequest[] = await nhsjob.control.requests('nhsjob');
	return log.map((request) => (request.path.endsWith('/oauth/token') ? 'token' : request.status));
}

function storedTokens(): { access_token: string; refresh_token: string } {
	return nhsjob.store.findByType('nhsJobOAuth2Api')?.data.oauthTokenData as { access_token: string; refresh_token: string };
}

/** Uses the stored refresh token behind n8n's back, as another client holding it would: NHSJob rotates it, so n8n's copy is spent. */
async function spendStoredRefreshToken(): Promise<void> {
	const response = await fetch(String(nhsjob.oauthCredential.accessTokenUrl), {
		method: 'POST',
		headers: {
			'Content-Type': 'application/x-www-form-urlencoded',
			Authorization: `Basic ${Buffer.from(`${String(nhsjob.oauthCredential.clientId)}:${CLIENT_SECRET}`).toString('base64')}`,
		},
		body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: storedTokens().refresh_token }),
	});
	expect(response.status).toBe(200);
}

describe('NHSJob OAuth2 token expiry', () => {
	it('one expiry costs exactly one refused call, one refresh and one resend, and the renewed tokens are stored', async () => {
		const before = storedTokens();
		await nhsjob.control.nhsjobExpireTokens();

		const run = await nhsjob.run(getJob(), oauth2);
		expect(run.error).toBeUndefined();
		expect(run.items[0].json.id).toBe(jobIds[0]);
		expect(await calls()).toEqual([401, 'token', 200]);
		const after = storedTokens();
		expect(after.access_token).not.toBe(before.access_token);
		expect(after.refresh_token).not.toBe(before.refresh_token);

		// The next run uses the renewed token straight away.
		await nhsjob.control.clearRequests();
		expect((await nhsjob.run(getJob(1), oauth2)).error).toBeUndefined();
		expect(await calls()).toEqual([200]);
	});

	it('an expiry in the middle of a run of 3 items costs one refused call, then every item succeeds', async () => {
		expect((await nhsjob.run(getJob(), oauth2)).error).toBeUndefined();
		await nhsjob.control.clearRequests();
		await nhsjob.control.nhsjobExpireTokens();
		const inputItems = items(3, (index) => ({ jobId: jobIds[index] }));

		const run = await nhsjob.run({ resource: 'job', operation: 'get', jobId: '={{ $json.jobId }}' }, { ...oauth2, inputItems });
		expect(run.error).toBeUndefined();
		expect(run.items.map((item) => item.json.id)).toEqual(jobIds.slice(0, 3));
		expect(await calls()).toEqual([401, 'token', 200, 200, 200]);
	});

	it('after an expiry, 4 parallel executions make one refresh between them and all succeed', async () => {
		await nhsjob.control.nhsjobExpireTokens();
		const runs = await Promise.all([0, 1, 2, 3].map(async (index) => await nhsjob.run(getJob(index), oauth2)));
		for (const run of runs) expect(run.error).toBeUndefined();
		const log = await calls();
		expect(log.filter((call) => call === 'token')).toHaveLength(1);
		expect(log.filter((call) => call === 200)).toHaveLength(4);
		expect(log.filter((call) => call === 401).length).toBeLessThanOrEqual(4);
	});

	it('a 429 with Retry-After on an OAuth2 request is honoured, also on the resend after a refresh', async () => {
		await nhsjob.control.fault({ provider: 'nhsjob', method: 'GET', pathContains: '/v1/jobs', status: 429, retryAfter: '2', count: 1, body: { error: 'rate_limit_exceeded', message: 'Slow down.' } });
		const throttled = await nhsjob.run(getJob(), oauth2);
		expect(throttled.error).toBeUndefined();
		const first: LoggedRequest[] = await nhsjob.control.requests('nhsjob');
		expect(first.map((request) => request.status)).toEqual([429, 200]);
		// The default backoff's first step is at most 500 ms: a wait of 2 s is the server's Retry-After.
		expect(Date.parse(first[1].at) - Date.parse(first[0].at)).toBeGreaterThanOrEqual(1900);

		await nhsjob.control.clearRequests();
		// The token is refused; the resend after the refresh is throttled.
		await nhsjob.control.fault({ provider: 'nhsjob', method: 'GET', pathContains: '/v1/jobs', status: 401, count: 1, body: { error: 'invalid_token', message: 'The access token expired.' } });
		await nhsjob.control.fault({ provider: 'nhsjob', method: 'GET', pathContains: '/v1/jobs', status: 429, retryAfter: '2', count: 1, body: { error: 'rate_limit_exceeded', message: 'Slow down.' } });
		const renewed = await nhsjob.run(getJob(1), oauth2);
		expect(renewed.error).toBeUndefined();
		const second: LoggedRequest[] = await nhsjob.control.requests('nhsjob');
		expect(await calls()).toEqual([401, 'token', 429, 200]);
		expect(Date.parse(second[3].at) - Date.parse(second[2].at)).toBeGreaterThanOrEqual(1900);
	});

	it('a revoked refresh token fails every item with NHSJob’s explanation after one refused call and one refresh, and no secret', async () => {
		const before = storedTokens();
		await spendStoredRefreshToken();
		await nhsjob.control.nhsjobExpireTokens();
		await nhsjob.control.clearRequests();
		const inputItems = items(3, (index) => ({ jobId: jobIds[index] }));

		const run = await nhsjob.run({ resource: 'job', operation: 'get', jobId: '={{ $json.jobId }}' }, { ...oauth2, inputItems, continueOnFail: true });
		const errors = run.items.map((item) => String(item.json.error));
		expect(errors).toHaveLength(3);
		for (const error of errors) {
			expect(error).toBe(
				'NHSJob refused to renew the access token (400): The refresh token is invalid or was already used (invalid_grant). Reconnect the credential (“Reconnect” in its settings) to sign in to NHSJob again.',
			);
		}
		expect(await calls()).toEqual([401, 'token']);
		for (const secret of [CLIENT_SECRET, before.access_token, before.refresh_token]) expect(run.serialized).not.toContain(secret);

		await nhsjob.control.clearRequests();
		const stopped = await nhsjob.run(getJob(), oauth2);
		expect(stopped.error?.message).toMatch(/^NHSJob refused to renew the access token \(400\): The refresh token is invalid/);
		expect(await calls()).toEqual([401, 'token']);
		for (const secret of [CLIENT_SECRET, before.access_token, before.refresh_token]) expect(stopped.serialized).not.toContain(secret);
	});

	it('a 401 that persists after a successful refresh fails with NHSJob’s explanation after one renewal', async () => {
		await nhsjob.control.fault({ provider: 'nhsjob', method: 'GET', pathContains: '/v1/jobs', status: 401, count: 5, body: { error: 'invalid_token', message: 'The access token was revoked.' } });
		const run = await nhsjob.run(getJob(), oauth2);
		expect(run.error?.message).toBe('NHSJob rejected the request (401): The access token was revoked.');
		expect(run.error?.description).toMatch(/reconnect the NHSJob OAuth2 API credential/);
		expect(await calls()).toEqual([401, 'token', 401]);
		const tokens = storedTokens();
		for (const secret of [CLIENT_SECRET, tokens.access_token, tokens.refresh_token]) expect(run.serialized).not.toContain(secret);
	});

	it('the token renewed mid-run is redacted when NHSJob echoes it back', async () => {
		await nhsjob.control.nhsjobExpireTokens();
		// The expired token is refused for real; the resend's request is echoed back, Authorization header included.
		await nhsjob.control.fault({ provider: 'nhsjob', method: 'GET', pathContains: '/v1/jobs', status: 401, count: 1, body: { error: 'invalid_token', message: 'The access token expired.' } });
		await nhsjob.control.fault({ provider: 'nhsjob', method: 'GET', pathContains: '/v1/jobs', echo: true, status: 400, count: 1 });
		const before = storedTokens();
		const run = await nhsjob.run(getJob(), oauth2);
		expect(run.error?.message).toMatch(/^NHSJob rejected the request \(400\)/);
		expect(await calls()).toEqual([401, 'token', 400]);
		const after = storedTokens();
		expect(after.access_token).not.toBe(before.access_token);
		for (const secret of [CLIENT_SECRET, before.access_token, before.refresh_token, after.access_token, after.refresh_token]) {
			expect(run.serialized).not.toContain(secret);
		}
		expect(run.serialized).toContain('[redacted]');
	});

	it('tokens renewed mid-run are redacted from a later item’s error, even where nothing marks them as a token', async () => {
		const before = storedTokens();
		await nhsjob.control.nhsjobExpireTokens();
		// Item 1's call is held back long enough for the test to learn the renewed tokens and arm item 2's answer.
		await nhsjob.control.fault({ provider: 'nhsjob', method: 'GET', pathContains: `/v1/jobs/${jobIds[1]}`, latencyMs: 1500, count: 1 });
		const inputItems = items(3, (index) => ({ jobId: jobIds[index] }));
		const running = nhsjob.run({ resource: 'job', operation: 'get', jobId: '={{ $json.jobId }}' }, { ...oauth2, inputItems, continueOnFail: true });
		const deadline = Date.now() + 10_000;
		while (storedTokens().access_token === before.access_token && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
		const renewed = storedTokens();
		await nhsjob.control.fault({
			provider: 'nhsjob',
			method: 'GET',
			pathContains: `/v1/jobs/${jobIds[2]}`,
			status: 400,
			count: 1,
			body: { error: 'bad_request', message: `Tokens ${renewed.access_token} and ${renewed.refresh_token} may not be used here` },
		});

		const run = await running;
		expect(run.items.map((item) => item.json.id ?? item.json.error)).toEqual([
			jobIds[0],
			jobIds[1],
			'NHSJob rejected the request (400): Tokens [redacted] and [redacted] may not be used here',
		]);
		expect(await calls()).toEqual([401, 'token', 200, 200, 400]);
		for (const secret of [CLIENT_SECRET, before.access_token, before.refresh_token, renewed.access_token, renewed.refresh_token]) {
			expect(run.serialized).not.toContain(secret);
		}
	});
});

describe('NHSJob OAuth2 token expiry on an n8n without the refreshOAuth2Token helper', () => {
	let restore: () => void;
	beforeAll(() => {
		const original = requestHelpers.getRequestHelperFunctions;
		const spy = jest.spyOn(requestHelpers, 'getRequestHelperFunctions').mockImplementation((...args) => {
			const { refreshOAuth2Token: _absent, ...helpers } = original(...args);
			return helpers as ReturnType<typeof original>;
		});
		restore = () => spy.mockRestore();
	});
	afterAll(() => restore());

	it('still renews: n8n renews on the resend’s 401 and sends a third time', async () => {
		await nhsjob.control.nhsjobExpireTokens();
		const run = await nhsjob.run(getJob(), oauth2);
		expect(run.error).toBeUndefined();
		expect(await calls()).toEqual([401, 401, 'token', 200]);
	});

	it('a revoked refresh token is explained, not taken for a network failure', async () => {
		await spendStoredRefreshToken();
		await nhsjob.control.nhsjobExpireTokens();
		await nhsjob.control.clearRequests();
		const run = await nhsjob.run(getJob(), oauth2);
		expect(run.error?.message).toMatch(/^NHSJob refused to renew the access token \(400\): The provided authorization grant .+\. Reconnect the credential/);
		expect(await calls()).toEqual([401, 401, 'token']);
	});
});
