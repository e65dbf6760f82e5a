import { CredentialStore } from '../harness';
import type { LoggedRequest, SandboxControl } from '../../sandbox/client';
import type { Sandbox } from '../../sandbox/server';
import { runProvider, startProviders, storedToken, type ProviderUnderTest } from './providers';

/** Token requests per expiry, per burst of parallel executions and per item with a wrong password. */
let sandbox: Sandbox;
let control: SandboxControl;
let providers: Record<string, ProviderUnderTest>;
let credentialCount = 0;

beforeAll(async () => {
	({ sandbox, control, providers } = await startProviders());
});
afterAll(async () => await sandbox.close());
beforeEach(async () => {
	await control.clearFaults();
	await control.clearRequests();
});

const TOKEN_PATHS: Record<string, string> = { Jobtrain: '/connect/token', Cegid: '/api/token' };
const tokenCalls = (name: string, requests: LoggedRequest[]) => requests.filter((request) => request.path === TOKEN_PATHS[name]);
const apiCalls = (name: string, requests: LoggedRequest[]) => requests.filter((request) => request.path !== TOKEN_PATHS[name]);
const logOf = async (name: string) => await control.requests(name.toLowerCase() as 'jobtrain' | 'cegid');

/**
 * A credential no token was fetched for yet in this process: tokens are shared per credential, so each test
 * gets its own (a new Jobtrain API user, a new Cegid client secret).
 */
async function freshCredential(name: string): Promise<ProviderUnderTest> {
	credentialCount += 1;
	const provider = providers[name];
	if (name === 'Jobtrain') {
		const username = `api.user.${credentialCount}`;
		const apiPassword = `jt-pass-${credentialCount}-c2d7e9b3a6`;
		const current = await control.currentConfig();
		await control.config({ jobtrain: { users: [...current.jobtrain.users, { username, apiPassword, divisionIds: null, canApply: true }] } });
		return { ...provider, credentials: { ...provider.credentials, username, apiPassword } };
	}
	const clientSecret = `cgd-secret-${credentialCount}-9f2e7c1a`;
	await control.config({ cegid: { clientSecret } });
	return { ...provider, credentials: { ...provider.credentials, clientSecret } };
}

async function expireTokens(name: string): Promise<void> {
	if (name === 'Jobtrain') await control.jobtrainRevokeTokens();
	else await control.cegidExpireTokens(0);
}

describe.each(['Jobtrain', 'Cegid'])('%s tokens', (name) => {
	it('a burst of 4 parallel executions with one credential store makes one token request', async () => {
		const provider = await freshCredential(name);
		const store = new CredentialStore();
		const runs = await Promise.all([0, 1, 2, 3].map(async () => await runProvider(provider, 'stop', store)));
		for (const run of runs) expect(run.errors).toEqual([]);
		const requests = await logOf(name);
		expect(tokenCalls(name, requests)).toHaveLength(1);
		expect(apiCalls(name, requests).map((request) => request.status)).toEqual([200, 200, 200, 200]);
	});

	it('an expired token costs one refused call, one token request and one resend', async () => {
		const provider = await freshCredential(name);
		const store = new CredentialStore();
		expect((await runProvider(provider, 'stop', store)).errors).toEqual([]);
		const oldToken = storedToken(store, provider);
		await expireTokens(name);
		await control.clearRequests();

		const run = await runProvider(provider, 'stop', store);
		expect(run.errors).toEqual([]);
		const requests = await logOf(name);
		expect(requests.map((request) => (request.path === TOKEN_PATHS[name] ? 'token' : request.status))).toEqual([401, 'token', 200]);
		expect(storedToken(store, provider)).not.toBe(oldToken);
	});

	it('after an expiry, 4 parallel executions make one token request between them', async () => {
		const provider = await freshCredential(name);
		const store = new CredentialStore();
		expect((await runProvider(provider, 'stop', store)).errors).toEqual([]);
		await expireTokens(name);
		await control.clearRequests();

		const runs = await Promise.all([0, 1, 2, 3].map(async () => await runProvider(provider, 'stop', store)));
		for (const run of runs) expect(run.errors).toEqual([]);
		const requests = await logOf(name);
		expect(tokenCalls(name, requests)).toHaveLength(1);
		expect(apiCalls(name, requests).filter((request) => request.status === 401).length).toBeLessThanOrEqual(4);
		expect(apiCalls(name, requests).filter((request) => request.status === 200)).toHaveLength(4);
	});

	it('a wrong password or secret over 3 items costs one token request and fails every item with the reason', async () => {
		const provider = providers[name];
		const wrong = name === 'Jobtrain' ? { apiPassword: 'jt-wrong-password-7731' } : { clientSecret: 'cgd-wrong-secret-7731' };
		const refused = { ...provider, credentials: { ...provider.credentials, ...wrong } };
		const items = [0, 1, 2].map((index) => ({ json: { index } }));

		const continued = await runProvider(refused, 'continueRegularOutput', new CredentialStore(), items);
		const errors = continued.outputs[0].map((item) => String(item.json.error));
		expect(errors).toHaveLength(3);
		for (const error of errors) expect(error).toMatch(new RegExp(`^${name} refused the token request \\((400|401)\\): .+\\. Check the Client ID`));
		expect(tokenCalls(name, await logOf(name))).toHaveLength(1);
		expect(apiCalls(name, await logOf(name))).toEqual([]);

		await control.clearRequests();
		const stopped = await runProvider(refused, 'stop', new CredentialStore(), items);
		expect(String(stopped.errors[0]?.message)).toMatch(new RegExp(`^${name} refused the token request`));
		expect(tokenCalls(name, await logOf(name))).toHaveLength(1);
		for (const secret of Object.values(wrong)) expect(continued.serialized + stopped.serialized).not.toContain(secret);
	});

	it.each([200, 404])('a token URL answering with an HTML page (%i) says so', async (status) => {
		const provider = await freshCredential(name);
		await control.fault({
			provider: name.toLowerCase() as 'jobtrain' | 'cegid',
			method: 'POST',
			pathContains: TOKEN_PATHS[name],
			status,
			count: 1,
			body: '<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Welcome</body></html>',
		});
		const run = await runProvider(provider, 'stop');
		const expected = name === 'Jobtrain' ? 'Jobtrain' : 'Cegid';
		expect(run.errors[0]?.message).toBe(`${expected}’s token URL answered with an HTML page (${status}), not a token; check the Base URL in the credential`);
		expect(tokenCalls(name, await logOf(name))).toHaveLength(1);
	});
});

describe('Cegid binary export', () => {
	it('a persistent 401 is explained in words (not as a list of bytes) after exactly one renewal', async () => {
		const provider = await freshCredential('Cegid');
		const store = new CredentialStore();
		expect((await runProvider(provider, 'stop', store)).errors).toEqual([]);
		await control.clearRequests();
		await control.fault({ provider: 'cegid', method: 'GET', pathContains: '/api/exports/', status: 401, count: 5, body: { message: 'The token is not valid for this client.' } });

		const run = await runProvider(provider, 'stop', store);
		expect(run.errors[0]?.message).toBe('Cegid Recruiting rejected the request (401): The token is not valid for this client.');
		expect(run.serialized).not.toMatch(/0: \d+; 1: \d+/);
		const requests = await logOf('Cegid');
		expect(requests.map((request) => (request.path === '/api/token' ? 'token' : request.status))).toEqual([401, 'token', 401]);
	});
});
