import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { SandboxControl } from '../../sandbox/client';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { CredentialStore, runNode, type RunNodeResult } from '../harness';

export const CLIENT_ID = 'cegid-test-client-4411';
export const CLIENT_SECRET = 'cgd-secret-9f2e7c1a5b3d8e60';

export type CegidCredentialData = {
	baseUrl: string;
	clientId: string;
	clientSecret: string;
	scope: string;
	requestsPerMinute: number;
};

export interface CegidFixture {
	sandbox: Sandbox;
	control: SandboxControl;
	credentials: { cegidRecruitingApi: CegidCredentialData };
	/** Shared by every `run`, so tokens persist between executions as n8n's database keeps them. */
	store: CredentialStore;
	run(parameters: Record<string, unknown>, options?: { inputItems?: INodeExecutionData[]; continueOnFail?: boolean; store?: CredentialStore }): Promise<RunNodeResult>;
	close(): Promise<void>;
}

/** A sandbox with a known client and a credential pointing at it; the rate limits are raised so tests do not wait. */
export async function startCegid(seed: { vacancies?: number; candidates?: number } = {}): Promise<CegidFixture> {
	const sandbox = await startSandbox({ port: 0 });
	const control = new SandboxControl(sandbox.url);
	await control.reset({ cegid: seed });
	await control.config({ cegid: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, rateLimitPerWindow: 100_000 } });
	const credentials = {
		cegidRecruitingApi: {
			baseUrl: sandbox.baseUrl('cegid'),
			clientId: CLIENT_ID,
			clientSecret: CLIENT_SECRET,
			scope: 'MatchingIndexation',
			requestsPerMinute: 100_000,
		},
	};
	const store = new CredentialStore();
	return {
		sandbox,
		control,
		credentials,
		store,
		run: async (parameters, options = {}) =>
			await runNode({
				nodeType: 'cegidRecruiting',
				parameters: parameters as INodeParameters,
				credentials,
				store: options.store ?? store,
				inputItems: options.inputItems,
				continueOnFail: options.continueOnFail,
			}),
		close: async () => await sandbox.close(),
	};
}

export function items(count: number, make: (index: number) => Record<string, unknown>): INodeExecutionData[] {
	return Array.from({ length: count }, (_, index) => ({ json: make(index) as INodeExecutionData['json'] }));
}

/** Export calls only (not the token endpoint). */
export function exportCalls<Request extends { path: string }>(requests: Request[], resource: 'vacancies' | 'candidates'): Request[] {
	return requests.filter((request) => request.path === `/api/exports/v1/${resource}`);
}

export function tokenCalls<Request extends { path: string }>(requests: Request[]): Request[] {
	return requests.filter((request) => request.path === '/api/token');
}
