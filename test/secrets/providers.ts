import { randomUUID } from 'node:crypto';
import type { IDataObject, INode, INodeExecutionData, IRun } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { SandboxControl } from '../../sandbox/client';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { createSourceNode, CredentialStore, loadPackage, runWorkflow, type HarnessCredentials } from '../harness';
import { safeStringify } from '../harness/safe-stringify';
import { SECRETS } from './encodings';

export type ErrorMode = 'stop' | 'continueRegularOutput' | 'continueErrorOutput';

export interface ProviderUnderTest {
	name: string;
	nodeType: string;
	credentialType: string;
	parameters: IDataObject;
	/** Where the fault is injected: the API call the node makes (never the token request). */
	fault: { provider: 'jobcase' | 'nhsjob' | 'jobtrain' | 'cegid'; method: string; pathContains: string };
	credentials: IDataObject;
}

export interface RunOutcome {
	run: IRun;
	serialized: string;
	outputs: INodeExecutionData[][];
	/** Every error that left the node: the run's error, or those attached to error-output items. */
	errors: Array<Record<string, unknown>>;
}

/** One sandbox with all four providers, each configured with secrets that every encoding changes. */
export async function startProviders(): Promise<{ sandbox: Sandbox; control: SandboxControl; providers: Record<string, ProviderUnderTest> }> {
	const sandbox = await startSandbox({ port: 0 });
	const control = new SandboxControl(sandbox.url);
	await control.reset({ jobcase: { companies: 1 }, jobtrain: { jobs: 3 }, cegid: { vacancies: 5 }, nhsjob: { jobs: 3 } });
	await control.config({
		jobcase: { apiKey: SECRETS.jobcaseApiKey, partnerId: 1, rateLimitPerMinute: 100_000 },
		nhsjob: { apiKey: SECRETS.nhsJobApiKey, rateLimitPerMinute: 1000 },
		jobtrain: {
			clientId: 'jt-client',
			clientSecret: SECRETS.jobtrainClientSecret,
			users: [{ username: 'api.user', apiPassword: SECRETS.jobtrainPassword, divisionIds: null, canApply: true }],
			rateLimitPerMinute: 100_000,
		},
		cegid: { clientId: 'cgd-client', clientSecret: SECRETS.cegidClientSecret, rateLimitPerWindow: 100_000 },
	});
	const providers: Record<string, ProviderUnderTest> = {
		Jobcase: {
			name: 'Jobcase',
			nodeType: 'jobcase',
			credentialType: 'jobcaseApi',
			parameters: { resource: 'product', operation: 'getAll', returnAll: true },
			fault: { provider: 'jobcase', method: 'GET', pathContains: '/product/' },
			credentials: { apiKey: SECRETS.jobcaseApiKey, partnerId: 1, baseUrl: `${sandbox.url}/jobcase/api/platform/v1`, requestsPerMinute: 100_000 },
		},
		NHSJob: {
			name: 'NHSJob',
			nodeType: 'nhsJob',
			credentialType: 'nhsJobApi',
			parameters: { authentication: 'apiKey', resource: 'job', operation: 'search', returnAll: false, limit: 1 },
			fault: { provider: 'nhsjob', method: 'GET', pathContains: '/jobs' },
			credentials: { apiKey: SECRETS.nhsJobApiKey, environment: 'custom', baseUrl: `${sandbox.baseUrl('nhsjob')}/v1`, requestsPerMinute: '1000' },
		},
		Jobtrain: {
			name: 'Jobtrain',
			nodeType: 'jobtrain',
			credentialType: 'jobtrainApi',
			parameters: { resource: 'job', operation: 'get', jobId: 1 },
			fault: { provider: 'jobtrain', method: 'GET', pathContains: '/jobs' },
			credentials: {
				baseUrl: sandbox.baseUrl('jobtrain'),
				clientId: 'jt-client',
				clientSecret: SECRETS.jobtrainClientSecret,
				username: 'api.user',
				apiPassword: SECRETS.jobtrainPassword,
				requestsPerMinute: 100_000,
			},
		},
		Cegid: {
			name: 'Cegid',
			nodeType: 'cegidRecruiting',
			credentialType: 'cegidRecruitingApi',
			// The export is a binary request: its error bodies arrive as bytes.
			parameters: { resource: 'vacancy', operation: 'getAll', returnAll: false, limit: 3 },
			fault: { provider: 'cegid', method: 'GET', pathContains: '/api/exports/' },
			credentials: {
				baseUrl: sandbox.baseUrl('cegid'),
				clientId: 'cgd-client',
				clientSecret: SECRETS.cegidClientSecret,
				scope: 'MatchingIndexation',
				requestsPerMinute: 100_000,
			},
		},
	};
	return { sandbox, control, providers };
}

const NODE_NAME = 'Node Under Test';

/** Runs the provider's node in a workflow with the given error handling, as n8n runs it. */
export async function runProvider(provider: ProviderUnderTest, mode: ErrorMode, store = new CredentialStore(), inputItems: INodeExecutionData[] = [{ json: {} }]): Promise<RunOutcome> {
	const loaded = await loadPackage();
	const source = createSourceNode(inputItems);
	const node: INode = {
		id: randomUUID(),
		name: NODE_NAME,
		type: loaded.fullNodeType(provider.nodeType),
		typeVersion: loaded.latestVersion(provider.nodeType),
		position: [220, 0],
		parameters: provider.parameters as INode['parameters'],
		...(mode !== 'stop' && { onError: mode }),
	};
	const credentials = { [provider.credentialType]: provider.credentials } as HarnessCredentials;
	const run = await runWorkflow(
		{ nodes: [source, node], connections: { [source.name]: { main: [[{ node: NODE_NAME, type: NodeConnectionTypes.Main, index: 0 }]] } } },
		{ credentials, store },
	);
	const task = run.data.resultData.runData[NODE_NAME]?.at(-1);
	const outputs = (task?.data?.main ?? []).map((output) => output ?? []);
	const errors = [run.data.resultData.error, task?.error, ...outputs.flat().map((item) => item.error)]
		.filter((error) => error !== undefined && error !== null)
		.map((error) => error as unknown as Record<string, unknown>);
	return { run, serialized: safeStringify(run), outputs, errors };
}

/** Every field of an error n8n shows, stores or logs, as text. */
export function errorFields(error: Record<string, unknown>): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const field of ['message', 'description', 'stack', 'context', 'cause', 'errorResponse', 'messages']) {
		const value = error[field];
		if (value !== undefined) fields[field] = typeof value === 'string' ? value : safeStringify(value);
	}
	return fields;
}

/** The token the store persisted for the provider's credential, if any. */
export function storedToken(store: CredentialStore, provider: ProviderUnderTest): string | undefined {
	const token = store.findByType(provider.credentialType)?.data.accessToken;
	return typeof token === 'string' && token !== '' ? token : undefined;
}
