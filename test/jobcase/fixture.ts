import type { INodeExecutionData, INodeParameters, IWorkflowSettings } from 'n8n-workflow';

import { SandboxControl } from '../../sandbox/client';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { CredentialStore, runNode, type RunNodeResult } from '../harness';

export const API_KEY = 'jc-test-key-7f3a9b21c4d8e6f0';
export const PARTNER_ID = 1;

export interface JobcaseFixture {
	sandbox: Sandbox;
	control: SandboxControl;
	credentials: { jobcaseApi: { apiKey: string; partnerId: number; baseUrl: string; requestsPerMinute: number } };
	run(parameters: Record<string, unknown>, options?: { inputItems?: INodeExecutionData[]; continueOnFail?: boolean; settings?: IWorkflowSettings }): Promise<RunNodeResult>;
	close(): Promise<void>;
}

/**
 * A sandbox with a known API key and a credential pointing at it. Most tests raise the rate limit on
 * both sides so that they do not wait; the rate-limit tests set the real 200/min explicitly.
 */
export async function startJobcase(seed: { jobs?: number; companies?: number; campaigns?: number } = {}): Promise<JobcaseFixture> {
	const sandbox = await startSandbox({ port: 0 });
	const control = new SandboxControl(sandbox.url);
	await control.reset({ jobcase: seed });
	await control.config({ jobcase: { apiKey: API_KEY, partnerId: PARTNER_ID, rateLimitPerMinute: 100_000 } });
	const credentials = {
		jobcaseApi: {
			apiKey: API_KEY,
			partnerId: PARTNER_ID,
			baseUrl: `${sandbox.url}/jobcase/api/platform/v1`,
			requestsPerMinute: 100_000,
		},
	};
	const store = new CredentialStore();
	return {
		sandbox,
		control,
		credentials,
		run: async (parameters, options = {}) =>
			await runNode({ nodeType: 'jobcase', parameters: parameters as INodeParameters, credentials, store, ...options }),
		close: async () => await sandbox.close(),
	};
}

export function items(count: number, make: (index: number) => Record<string, unknown>): INodeExecutionData[] {
	return Array.from({ length: count }, (_, index) => ({ json: make(index) as INodeExecutionData['json'] }));
}

/** Job parameters that pass every check, for company `companyId` and natural key `adNumber`. */
export const validJob = (adNumber: string, companyId = 1, jobTitle = 'Rodeo Clown') => ({
	companyId,
	adNumber,
	jobTitle,
	jobDescription: 'A rodeo clown has many on-site duties. '.repeat(5),
	jobCity: 'San Francisco',
	jobState: 'CA',
	jobZipCode: '94111',
});

export const validCompany = (suffix: string | number) => ({
	companyName: `Acme ${suffix}`,
	partnerCompanyId: `acme-${suffix}`,
	companyUrl: 'https://acme.example.com',
	companyStreet: '98 Battery St',
	companyCity: 'San Francisco',
	companyState: 'CA',
	companyZipCode: '94111',
});

/** Company parameters filled from the input item by expressions, as users map them. */
export const companyFromItem = {
	companyName: '={{ $json.companyName }}',
	partnerCompanyId: '={{ $json.partnerCompanyId }}',
	companyUrl: '={{ $json.companyUrl }}',
	companyStreet: '={{ $json.companyStreet }}',
	companyCity: '={{ $json.companyCity }}',
	companyState: '={{ $json.companyState }}',
	companyZipCode: '={{ $json.companyZipCode }}',
};
