/**
 * Runs last (test/e2e/support/sequencer.js): after everything the other files made n8n do, no sandbox secret and no
 * access token the sandbox issued shows up in n8n's log or in any execution's data the public API hands out.
 * Executions that failed at a provider are made first, as error paths are where requests (and their headers) leak.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { DEMO_MCP_BEARER_TOKEN, DEMO_NHSJOB_WEBHOOK_SECRET } from '../../scripts/demo/credentials';
import type { ExecutionSummary, WorkflowSummary } from '../../scripts/n8n/api';
import { freePort } from '../../scripts/n8n/ports';
import { nodeType } from '../../scripts/packages/nodeTypes';
import { e2eContext } from './support/context';
import { allExecutions, ExecutionWatch, summarise } from './support/executions';
import { demoCredential } from './support/sandbox';

const context = e2eContext();
const { api } = context;

/** The secrets of the sandbox's default accounts, as the demo credentials hold them. */
const SANDBOX_SECRETS = [
	'sandbox-jobcase-key',
	'sandbox-cegid-secret',
	'sandbox-jobtrain-secret',
	'sandbox-jobtrain-api-password',
	'sandbox-nhsjob-key',
	DEMO_NHSJOB_WEBHOOK_SECRET,
	// What MCP clients send the MCP Server Trigger (mcp.test.ts): n8n 2.41 keeps the trigger's request headers.
	DEMO_MCP_BEARER_TOKEN,
];
/** The key of a credential the sandbox refuses, made by this file: refused keys must not leak either. */
const REFUSED_KEY = `e2e-refused-jobcase-key-${randomUUID()}`;

let workflow: WorkflowSummary | undefined;
let refusedCredentialId: string | undefined;
let failed: ExecutionSummary[] = [];

function credentialRef(name: string): { id: string; name: string } {
	return { id: context.provisioned.credentialIds[name], name };
}

function node(name: string, type: string, x: number, parameters: Record<string, unknown>, credentials: Record<string, { id: string; name: string }>, onError?: string) {
	return { id: randomUUID(), name, type, typeVersion: 1, position: [x, 0], parameters, credentials, ...(onError ? { onError } : {}) };
}

/** Runs a workflow with the CLI (as a Manual Trigger runs) and waits for its execution to be listed. */
async function runOnce(workflowId: string): Promise<ExecutionSummary> {
	const executions = await ExecutionWatch.start(api, context.logFile, workflowId, 'the failing workflow');
	await context.cli(['execute', `--id=${workflowId}`, '--rawOutput'], { N8N_RUNNERS_BROKER_PORT: String(await freePort()) });
	return await executions.waitForOne(60_000);
}

beforeAll(async () => {
	await context.ownerApi();
	const jobcase = demoCredential(context.sandboxUrl, 'jobcaseApi');
	refusedCredentialId = (await api.createCredential({ name: `Jobcase refused key ${randomUUID()}`, type: 'jobcaseApi', data: { ...jobcase.data, apiKey: REFUSED_KEY } })).id;
	const refused = { id: refusedCredentialId, name: 'Jobcase refused key' };

	workflow = await api.createWorkflow({
		name: `e2e provider errors ${randomUUID()}`,
		nodes: [
			{ id: randomUUID(), name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			// Refusals (404, 400) from each provider, carried on as items, then a 401 that stops the execution with an error.
			node('Jobtrain Missing Job', nodeType('jobtrain'), 200, { resource: 'job', operation: 'get', jobId: '={{ 99999999 }}' }, { jobtrainApi: credentialRef('Jobtrain (sandbox)') }, 'continueRegularOutput'),
			node('NHSJob Missing Job', nodeType('nhsJob'), 400, { resource: 'job', operation: 'get', jobId: 'job_e2e_missing' }, { nhsJobApi: credentialRef('NHSJob API key (sandbox)') }, 'continueRegularOutput'),
			node('Jobcase Missing Job', nodeType('jobcase'), 600, { resource: 'job', operation: 'get', jobId: 99999999 }, { jobcaseApi: credentialRef('Jobcase (sandbox)') }, 'continueRegularOutput'),
			node('Cegid Bad Filter', nodeType('cegidRecruiting'), 800, { resource: 'vacancy', operation: 'getAll', limit: 1, filters: { rawFilter: 'e2eNoSuchField::x' } }, { cegidRecruitingApi: credentialRef('Cegid Recruiting (sandbox)') }, 'continueRegularOutput'),
			node('Jobcase Refused Key', nodeType('jobcase'), 1000, { resource: 'job', operation: 'get', jobId: 1 }, { jobcaseApi: refused }),
		],
		connections: {
			Start: { main: [[{ node: 'Jobtrain Missing Job', type: 'main', index: 0 }]] },
			'Jobtrain Missing Job': { main: [[{ node: 'NHSJob Missing Job', type: 'main', index: 0 }]] },
			'NHSJob Missing Job': { main: [[{ node: 'Jobcase Missing Job', type: 'main', index: 0 }]] },
			'Jobcase Missing Job': { main: [[{ node: 'Cegid Bad Filter', type: 'main', index: 0 }]] },
			'Cegid Bad Filter': { main: [[{ node: 'Jobcase Refused Key', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
	});
	failed = [await runOnce(workflow.id)];
});

afterAll(async () => {
	// Deleting the workflow deletes its executions too: only once they have been checked.
	if (workflow) await api.deleteWorkflow(workflow.id);
	if (refusedCredentialId) await api.publicApi('DELETE', `/credentials/${refusedCredentialId}`);
});

/** Access tokens the sandbox issued to n8n, as n8n stores them in the credentials (decrypted by n8n's CLI). */
async function issuedTokens(): Promise<string[]> {
	const exported = await context.cli(['export:credentials', '--all', '--decrypted']);
	if (exported.code !== 0) throw new Error(`n8n export:credentials exited ${exported.code}: ${exported.stderr.slice(-2000)}`);
	const start = exported.stdout.indexOf('[');
	const stored = JSON.parse(exported.stdout.slice(start)) as Array<{ name: string; data: Record<string, unknown> }>;
	const demo = new Set(Object.keys(context.provisioned.credentialIds));
	return stored
		.filter((credential) => demo.has(credential.name))
		.map((credential) => credential.data.accessToken)
		.filter((token): token is string => typeof token === 'string' && token.length >= 16);
}

/** Where each secret occurs in a text, with a little context (the secret itself masked), for the failure message. */
function leaks(text: string, secrets: Record<string, string>): string[] {
	const found: string[] = [];
	for (const [label, secret] of Object.entries(secrets)) {
		let index = text.indexOf(secret);
		while (index >= 0 && found.length < 20) {
			const around = `${text.slice(Math.max(0, index - 120), index)}<${label}>${text.slice(index + secret.length, index + secret.length + 60)}`;
			found.push(`${label}: …${around.replace(/\s+/g, ' ')}…`);
			index = text.indexOf(secret, index + secret.length);
		}
	}
	return found;
}

describe(`secrets after the whole suite, in n8n ${context.n8nVersion}`, () => {
	let secrets: Record<string, string>;

	beforeAll(async () => {
		const tokens = await issuedTokens();
		secrets = {
			...Object.fromEntries(SANDBOX_SECRETS.map((secret) => [secret, secret])),
			[`refused Jobcase key`]: REFUSED_KEY,
			...Object.fromEntries(tokens.map((token, index) => [`access token ${index + 1}`, token])),
		};
	});

	it('has provider failures to look at: the failing workflow ended in the refused-key error, the other refusals carried on', () => {
		expect(failed).toHaveLength(1);
		const [execution] = failed;
		expect({ status: execution.status, summary: summarise(execution) }).toEqual({ status: 'error', summary: expect.any(String) });
		const runData = execution.data!.resultData.runData;
		expect(Object.keys(runData).sort()).toEqual(['Cegid Bad Filter', 'Jobcase Missing Job', 'Jobcase Refused Key', 'Jobtrain Missing Job', 'NHSJob Missing Job', 'Start']);
		expect(runData['Jobcase Refused Key'][0].error?.message).toEqual(expect.any(String));
	});

	it('found the access tokens n8n keeps for Cegid and Jobtrain', () => {
		expect(Object.keys(secrets).filter((label) => label.startsWith('access token')).length).toBeGreaterThanOrEqual(2);
	});

	it("keeps every secret out of n8n's log", () => {
		const log = readFileSync(context.logFile, 'utf8');
		expect(log.length).toBeGreaterThan(0);
		expect(leaks(log, secrets)).toEqual([]);
	});

	it('keeps every secret out of the data of every execution, successful or failed', async () => {
		const executions = await allExecutions(api);
		// The other files ran the examples and triggers: their executions are here, and so is the failing one.
		expect(executions.length).toBeGreaterThan(1);
		expect(executions.map((execution) => execution.id)).toContain(failed[0].id);
		const found = executions.flatMap((execution) => leaks(JSON.stringify(execution), secrets).map((leak) => `execution ${execution.id}: ${leak}`));
		expect(found).toEqual([]);
	});
});
