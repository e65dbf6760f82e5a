import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { SandboxControl, type JobtrainChangeStep, type LoggedRequest } from '../../sandbox/client';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { CredentialStore, pollTrigger, runNode, type PollTriggerResult, type RunNodeResult } from '../harness';

export const CLIENT_ID = 'jt-client-4471';
export const CLIENT_SECRET = 'jt-client-secret-5b2e9c71d0a4f8';
export const USERNAME = 'api.integration';
export const API_PASSWORD = 'jt-api-password-8f41c2d7e9b3a6';

export interface JobtrainCredentialData {
	baseUrl: string;
	clientId: string;
	clientSecret: string;
	username: string;
	apiPassword: string;
	requestsPerMinute: number;
}

export interface JobtrainFixture {
	sandbox: Sandbox;
	control: SandboxControl;
	credentials: { jobtrainApi: JobtrainCredentialData };
	store: CredentialStore;
	run(parameters: Record<string, unknown>, options?: { inputItems?: INodeExecutionData[]; continueOnFail?: boolean; store?: CredentialStore }): Promise<RunNodeResult>;
	poll(parameters: Record<string, unknown>, staticData?: IDataObject, mode?: 'trigger' | 'manual'): Promise<PollTriggerResult>;
	requests(): Promise<LoggedRequest[]>;
	/** The current access token as the credential store persisted it. */
	storedToken(): string | undefined;
	change(...steps: JobtrainChangeStep[]): ReturnType<SandboxControl['jobtrainChanges']>;
	close(): Promise<void>;
}

/**
 * A sandbox with a known client and API user, and a credential pointing at it. Rate limits are raised
 * on both sides so tests do not wait; the tests that need them set them explicitly. `clock.offsetSeconds`
 * runs Jobtrain's clock that far from real time (n8n's clock).
 */
export async function startJobtrain(seed: { jobs?: number; applications?: number } = {}, clock: { offsetSeconds?: number } = {}): Promise<JobtrainFixture> {
	const sandbox = await startSandbox({ port: 0 });
	const control = new SandboxControl(sandbox.url);
	if (clock.offsetSeconds === undefined) await control.reset({ jobtrain: seed });
	else {
		// Jobtrain's clock apart from n8n's (the real one), with its seeded history up to an hour before its own "now".
		const anchor = new Date(Date.now() + clock.offsetSeconds * 1000 - 60 * 60 * 1000).toISOString();
		await control.reset({ jobtrain: { ...seed, anchor } });
		await control.jobtrainClock({ offsetSeconds: clock.offsetSeconds });
	}
	await control.config({
		jobtrain: {
			clientId: CLIENT_ID,
			clientSecret: CLIENT_SECRET,
			users: [{ username: USERNAME, apiPassword: API_PASSWORD, divisionIds: null, canApply: true }],
			rateLimitPerMinute: 100_000,
		},
	});
	const credentials = {
		jobtrainApi: {
			baseUrl: sandbox.baseUrl('jobtrain'),
			clientId: CLIENT_ID,
			clientSecret: CLIENT_SECRET,
			username: USERNAME,
			apiPassword: API_PASSWORD,
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
			await runNode({ nodeType: 'jobtrain', parameters: parameters as INodeParameters, credentials, store: options.store ?? store, ...options }),
		poll: async (parameters, staticData = {}, mode = 'trigger') =>
			await pollTrigger({ nodeType: 'jobtrainTrigger', parameters: parameters as INodeParameters, credentials, store, staticData, mode }),
		requests: async () => await control.requests('jobtrain'),
		storedToken: () => store.findByType('jobtrainApi')?.data.accessToken as string | undefined,
		change: async (...steps) => await control.jobtrainChanges(steps),
		close: async () => await sandbox.close(),
	};
}

/** An input item carrying a file in the binary property `property`. */
export function fileItem(bytes: Buffer, fileName: string, property = 'data', mimeType = 'application/pdf'): INodeExecutionData {
	return { json: {}, binary: { [property]: { data: bytes.toString('base64'), mimeType, fileName } } };
}

/** A CV-like file of exactly `size` bytes. */
export function cvOfSize(size: number): Buffer {
	const header = Buffer.from('%PDF-1.4\n');
	return Buffer.concat([header, Buffer.alloc(Math.max(0, size - header.length), 0x20)]).subarray(0, size);
}

/** Requests other than the token call, i.e. the API calls the node made. */
export const apiCalls = (requests: LoggedRequest[]) => requests.filter((request) => request.path !== '/connect/token');
export const tokenCalls = (requests: LoggedRequest[]) => requests.filter((request) => request.path === '/connect/token');
