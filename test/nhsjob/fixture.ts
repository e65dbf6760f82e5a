import { randomBytes } from 'node:crypto';
import { ClientOAuth2 } from '@n8n/client-oauth2';
import type { ICredentialDataDecryptedObject, IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { SandboxControl, type NhsJobJobView } from '../../sandbox/client';
import type { NhsJobConfig, NhsJobSeed } from '../../sandbox/nhsjob';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { CredentialStore, runNode, type HarnessCredentials, type RunNodeResult } from '../harness';

export const API_KEY = 'nhs-test-key-3b9e1f7a5c2d4e60';
export const CLIENT_ID = 'nhs-test-client';
export const CLIENT_SECRET = 'nhs-test-client-secret-8d41c07e';
/** Where n8n's OAuth2 callback lives; the code comes back to it on the redirect. */
const N8N_CALLBACK_URL = 'http://localhost:5678/rest/oauth2-credential/callback';

export type Authentication = 'apiKey' | 'oAuth2';

export interface RunOptions {
	inputItems?: INodeExecutionData[];
	continueOnFail?: boolean;
	authentication?: Authentication;
}

export interface NhsJobFixture {
	sandbox: Sandbox;
	control: SandboxControl;
	/** The API base, `<sandbox>/nhsjob/v1`. */
	baseUrl: string;
	apiKeyCredential: IDataObject;
	/** The OAuth2 credential as n8n holds it before and after "Connect" (with oauthTokenData once connected). */
	oauthCredential: IDataObject;
	/** Shared by runs, so renewed tokens persist between them as in n8n's database. */
	store: CredentialStore;
	/** Does what n8n's "Connect my account" does: the authorization-code flow, then stores the tokens. */
	connectOAuth2(scope?: string): Promise<IDataObject>;
	run(parameters: Record<string, unknown>, options?: RunOptions): Promise<RunNodeResult>;
	openJobs(): Promise<NhsJobJobView[]>;
	close(): Promise<void>;
}

/**
 * A sandbox with known keys and a credential of each kind pointing at it. The rate limit is the
 * largest plan's on both sides, so tests do not wait; the rate-limit test sets the 60/min plan.
 */
export async function startNhsJob(seed: NhsJobSeed = {}, config: Partial<NhsJobConfig> = {}): Promise<NhsJobFixture> {
	const sandbox = await startSandbox({ port: 0 });
	const control = new SandboxControl(sandbox.url);
	await control.reset({ nhsjob: seed });
	await control.config({ nhsjob: { apiKey: API_KEY, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, rateLimitPerMinute: 1000, ...config } });
	const host = sandbox.baseUrl('nhsjob');
	const environment = { environment: 'custom', baseUrl: `${host}/v1`, requestsPerMinute: '1000' };
	const apiKeyCredential: IDataObject = { apiKey: API_KEY, ...environment };
	const oauthCredential: IDataObject = {
		clientId: CLIENT_ID,
		clientSecret: CLIENT_SECRET,
		authUrl: `${host}/oauth/authorize`,
		accessTokenUrl: `${host}/oauth/token`,
		scope: 'read:jobs write:applications read:candidates write:candidates',
		authentication: 'header',
		...environment,
	};
	const store = new CredentialStore();

	const fixture: NhsJobFixture = {
		sandbox,
		control,
		baseUrl: `${host}/v1`,
		apiKeyCredential,
		oauthCredential,
		store,
		connectOAuth2: async (scope) => {
			if (scope !== undefined) oauthCredential.scope = scope;
			oauthCredential.oauthTokenData = await authorizationCodeFlow(oauthCredential);
			store.seed('nhsJobOAuth2Api', oauthCredential as ICredentialDataDecryptedObject);
			return oauthCredential.oauthTokenData as IDataObject;
		},
		run: async (parameters, options = {}) => {
			const authentication = options.authentication ?? 'apiKey';
			const credentials: HarnessCredentials =
				authentication === 'oAuth2' ? { nhsJobOAuth2Api: withoutTokens(oauthCredential) } : { nhsJobApi: apiKeyCredential as ICredentialDataDecryptedObject };
			return await runNode({
				nodeType: 'nhsJob',
				parameters: { authentication, ...parameters } as INodeParameters,
				credentials,
				store,
				inputItems: options.inputItems,
				continueOnFail: options.continueOnFail,
			});
		},
		openJobs: async () => (await control.nhsjobJobs()).filter((job) => job.status === 'open'),
		close: async () => await sandbox.close(),
	};
	return fixture;
}

/** The store keeps the tokens of the last connect or renewal, as n8n's database does; runs must not overwrite them. */
function withoutTokens(credential: IDataObject): ICredentialDataDecryptedObject {
	const { oauthTokenData: _tokens, ...settings } = credential;
	return settings as ICredentialDataDecryptedObject;
}

/**
 * n8n's OAuth2 credential controller, step by step: send the browser to the authorization URL with
 * a state, receive the redirect to the callback, and exchange its code at the token URL with the
 * same client library n8n uses.
 */
export async function authorizationCodeFlow(credential: IDataObject): Promise<IDataObject> {
	const client = new ClientOAuth2({
		clientId: String(credential.clientId),
		clientSecret: String(credential.clientSecret),
		accessTokenUri: String(credential.accessTokenUrl),
		authorizationUri: String(credential.authUrl),
		redirectUri: N8N_CALLBACK_URL,
		scopes: String(credential.scope ?? '').split(' '),
		authentication: credential.authentication === 'body' ? 'body' : 'header',
	});
	const state = randomBytes(12).toString('hex');
	const consent = await fetch(client.code.getUri({ state }), { redirect: 'manual' });
	const callback = consent.headers.get('location');
	if (consent.status !== 302 || !callback) throw new Error(`The authorization URL answered ${consent.status}: ${await consent.text()}`);
	const token = await client.code.getToken(callback, { state });
	return { ...token.data } as IDataObject;
}

export function items(count: number, make: (index: number) => Record<string, unknown>): INodeExecutionData[] {
	return Array.from({ length: count }, (_, index) => ({ json: make(index) as INodeExecutionData['json'] }));
}
