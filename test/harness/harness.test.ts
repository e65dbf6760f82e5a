import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { IConnections, INode } from 'n8n-workflow';

import type { EchoServer } from '../fixtures/echo-server';
import {
	ECHO_API_KEY,
	ECHO_CLIENT_ID,
	ECHO_CLIENT_SECRET,
	ECHO_PASSWORD,
	ECHO_SECRET,
	ECHO_USERNAME,
	startEchoServer,
} from '../fixtures/echo-server';
import { CredentialStore, createSourceNode, getNodeDescription, loadPackage, runNode, runWorkflow } from './index';

const packageDir = join(__dirname, '..', 'fixtures', 'echo-package');

describe('test harness on the echo fixture package', () => {
	let server: EchoServer;

	beforeAll(async () => {
		server = await startEchoServer();
	});

	afterAll(async () => {
		await server.close();
	});

	const apiKeyCredentials = () => ({
		echoApiKeyApi: { baseUrl: server.url, apiKey: ECHO_API_KEY },
	});
	const sessionCredentials = () => ({
		echoSessionApi: { baseUrl: server.url, username: ECHO_USERNAME, password: ECHO_PASSWORD },
	});

	it('loads the package with n8n-core and exposes node descriptions', async () => {
		const loaded = await loadPackage(packageDir);
		expect(loaded.packageName).toBe('n8n-nodes-echo-fixture');
		expect(loaded.fullNodeType('echo')).toBe('n8n-nodes-echo-fixture.echo');
		expect(loaded.latestVersion('echo')).toBe(2);
		expect(loaded.credentialTypes.getByName('echoSessionApi').test).toBeDefined();

		const description = await getNodeDescription('echo', { packageDir });
		expect(description.usableAsTool).toBe(true);
		expect(description.credentials?.map(({ name }) => name)).toContain('echoApiKeyApi');
	});

	it('resolves the generic authenticate block (header, and qs from a property default)', async () => {
		const result = await runNode({
			packageDir,
			nodeType: 'echo',
			parameters: { authentication: 'apiKey', url: `${server.url}/echo` },
			credentials: apiKeyCredentials(),
		});

		expect(result.error).toBeUndefined();
		expect(result.nodeName).toBe('Echo');
		expect(result.items).toHaveLength(1);
		const { nodeVersion, response } = result.items[0].json as {
			nodeVersion: number;
			response: { headers: Record<string, string>; query: Record<string, string> };
		};
		expect(nodeVersion).toBe(2);
		expect(response.headers['x-api-key']).toBe(ECHO_API_KEY);
		expect(response.query.tenant).toBe('default-tenant');
		expect(result.serialized).toContain(ECHO_API_KEY);
	});

	it('runs an older type version when asked', async () => {
		const result = await runNode({
			packageDir,
			nodeType: 'echo',
			typeVersion: 1,
			parameters: { authentication: 'apiKey', url: `${server.url}/echo` },
			credentials: apiKeyCredentials(),
		});
		expect(result.items[0].json.nodeVersion).toBe(1);
	});

	it('supports authenticate given as a function', async () => {
		const result = await runNode({
			packageDir,
			nodeType: 'echo',
			parameters: { authentication: 'signed', url: `${server.url}/echo` },
			credentials: { echoSignedApi: { baseUrl: server.url, secret: ECHO_SECRET } },
		});
		const response = result.items[0].json.response as { headers: Record<string, string> };
		expect(response.headers['x-signature']).toBe(`signed:${ECHO_SECRET}`);
	});

	it('runs preAuthentication once, persists the token, and refreshes it exactly once after a 401', async () => {
		const store = new CredentialStore();
		const tokensBefore = server.tokenRequests();
		const runSession = async () =>
			await runNode({
				packageDir,
				nodeType: 'echo',
				parameters: { authentication: 'session', url: `${server.url}/echo` },
				credentials: sessionCredentials(),
				store,
			});

		for (let run = 0; run < 3; run++) {
			const result = await runSession();
			expect(result.error).toBeUndefined();
		}
		expect(server.tokenRequests() - tokensBefore).toBe(1);
		const firstToken = store.findByType('echoSessionApi')?.data.sessionToken;
		expect(firstToken).toBe(`token-${tokensBefore + 1}`);

		server.revokeTokens();
		const afterRevoke = await runSession();
		expect(afterRevoke.error).toBeUndefined();
		const response = afterRevoke.items[0].json.response as { headers: Record<string, string> };
		expect(server.tokenRequests() - tokensBefore).toBe(2);
		const secondToken = store.findByType('echoSessionApi')?.data.sessionToken;
		expect(secondToken).toBe(`token-${tokensBefore + 2}`);
		expect(response.headers.authorization).toBe(`Bearer ${secondToken}`);

		await runSession();
		expect(server.tokenRequests() - tokensBefore).toBe(2);
	});

	it('runs OAuth2 client credentials whose parent oAuth2Api is not in the package', async () => {
		const store = new CredentialStore();
		const tokensBefore = server.oauthTokenRequests();
		const runOAuth2 = async () =>
			await runNode({
				packageDir,
				nodeType: 'echo',
				parameters: { authentication: 'oauth2', url: `${server.url}/echo` },
				credentials: {
					echoOAuth2Api: {
						accessTokenUrl: `${server.url}/oauth/token`,
						clientId: ECHO_CLIENT_ID,
						clientSecret: ECHO_CLIENT_SECRET,
					},
				},
				store,
			});

		const first = await runOAuth2();
		expect(first.error).toBeUndefined();
		await runOAuth2();
		expect(server.oauthTokenRequests() - tokensBefore).toBe(1);
		const stored = store.findByType('echoOAuth2Api')?.data;
		expect(stored?.oauthTokenData).toMatchObject({ access_token: `oauth-${tokensBefore + 1}` });
		expect(stored).not.toHaveProperty('grantType');

		server.revokeTokens();
		const renewed = await runOAuth2();
		expect(renewed.error).toBeUndefined();
		const response = renewed.items[0].json.response as { headers: Record<string, string> };
		expect(response.headers.authorization).toBe(`Bearer oauth-${tokensBefore + 2}`);
		expect(server.oauthTokenRequests() - tokensBefore).toBe(2);
	});

	it('gives each run a fresh credential when no store is shared', async () => {
		const tokensBefore = server.tokenRequests();
		for (let run = 0; run < 2; run++) {
			await runNode({
				packageDir,
				nodeType: 'echo',
				parameters: { authentication: 'session', url: `${server.url}/echo` },
				credentials: sessionCredentials(),
			});
		}
		expect(server.tokenRequests() - tokensBefore).toBe(2);
	});

	it('with continueOnFail, turns a failing item into an error item and goes on', async () => {
		const result = await runNode({
			packageDir,
			nodeType: 'echo',
			parameters: { authentication: 'apiKey', url: '={{ $json.url }}' },
			credentials: apiKeyCredentials(),
			inputItems: [{ json: { url: `${server.url}/fail` } }, { json: { url: `${server.url}/echo` } }],
			continueOnFail: true,
		});

		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(2);
		expect(typeof result.items[0].json.error).toBe('string');
		expect(result.items[1].json.response).toMatchObject({ path: '/echo' });
	});

	it('without continueOnFail, reports the node error and no items', async () => {
		const result = await runNode({
			packageDir,
			nodeType: 'echo',
			parameters: { authentication: 'apiKey', url: `${server.url}/fail` },
			credentials: apiKeyCredentials(),
		});

		expect(result.items).toEqual([]);
		expect(result.error).toBeDefined();
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.run.status).toBe('error');
	});

	it('passes input binary to the node and round-trips output binary bytes', async () => {
		const bytes = Buffer.concat([Buffer.from([0x00, 0xff, 0xfe, 0x80]), randomBytes(4096)]);
		const result = await runNode({
			packageDir,
			nodeType: 'echo',
			parameters: { authentication: 'apiKey', url: `${server.url}/echo-bytes`, binaryPropertyName: 'file' },
			credentials: apiKeyCredentials(),
			inputItems: [
				{
					json: {},
					binary: { file: { data: bytes.toString('base64'), mimeType: 'application/pdf', fileName: 'cv.pdf' } },
				},
			],
		});

		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({ receivedBytes: bytes.length, fileName: 'cv.pdf' });
		const output = result.items[0].binary?.data;
		expect(output).toMatchObject({ fileName: 'echo-cv.pdf', mimeType: 'application/pdf' });
		expect(output?.id).toEqual(expect.any(String));
		expect((await result.binary(0)).equals(bytes)).toBe(true);
		await expect(result.binary(0, 'missing')).rejects.toThrow('no binary property "missing"');
	});

	it('rejects misuse with the reason: unknown credential type, missing required parameter', async () => {
		await expect(
			runNode({ packageDir, nodeType: 'echo', parameters: { url: 'x' }, credentials: { nope: {} } }),
		).rejects.toThrow('Unknown credential type "nope"');
		await expect(
			runNode({ packageDir, nodeType: 'echo', parameters: {}, credentials: apiKeyCredentials() }),
		).rejects.toThrow(/has issues: .*"url"/);
	});

	it('runs a whole workflow and attaches credentials to the nodes that declare them', async () => {
		const source = createSourceNode([{ json: { path: '/echo' } }]);
		const echoNode = (name: string, x: number): INode => ({
			id: name,
			name,
			type: 'n8n-nodes-echo-fixture.echo',
			typeVersion: 2,
			position: [x, 0],
			parameters: { authentication: 'apiKey', url: `=${server.url}{{ $('${source.name}').item.json.path }}` },
		});
		const connections: IConnections = {
			[source.name]: { main: [[{ node: 'First', type: 'main', index: 0 }]] },
			First: { main: [[{ node: 'Second', type: 'main', index: 0 }]] },
		};

		const run = await runWorkflow(
			{ nodes: [source, echoNode('First', 200), echoNode('Second', 400)], connections },
			{ packageDir, credentials: apiKeyCredentials() },
		);

		expect(run.status).toBe('success');
		const second = run.data.resultData.runData.Second[0].data?.main[0]?.[0].json.response;
		expect(second).toMatchObject({ path: '/echo', headers: { 'x-api-key': ECHO_API_KEY } });
	});
});
