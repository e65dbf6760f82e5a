import type { SandboxControl } from '../../sandbox/client';
import { nodeType } from '../packages/nodeTypes';
import type { N8nApi, OwnerLogin, WorkflowSummary } from '../n8n/api';
import { DEMO_NHSJOB_WEBHOOK_SECRET, demoCredentials } from './credentials';
import { isActivatable, loadExamples, workflowBody } from './examples';
import type { ExampleWorkflow } from './examples';

export const DEMO_OWNER: OwnerLogin = {
	email: 'demo@example.com',
	password: 'Recruiting-demo-1',
	firstName: 'Demo',
	lastName: 'Recruiter',
};

export interface ProvisionedExample {
	readonly file: string;
	readonly id: string;
	readonly name: string;
	readonly active: boolean;
	/** Production webhook URL of each webhook trigger node, by node name (for an MCP Server Trigger, its MCP endpoint). */
	readonly webhookUrls: Record<string, string>;
}

export interface Provisioned {
	readonly apiKey: string;
	readonly credentialIds: Record<string, string>;
	readonly examples: ProvisionedExample[];
}

const NHSJOB_TRIGGER = nodeType('nhsJobTrigger');
const MCP_TRIGGER = '@n8n/n8n-nodes-langchain.mcpTrigger';

/** The path of each webhook trigger's event webhook (its node description), below `/webhook/<webhook id>/`. */
const EVENT_WEBHOOK_PATHS: Record<string, string> = {
	[NHSJOB_TRIGGER]: 'webhook',
	[nodeType('cegidRecruitingTrigger')]: 'events',
};

/**
 * Brings a running n8n to the demo state: owner login, an API key, the sandbox credentials and the example
 * workflows (trigger workflows active). Earlier demo credentials and example workflows are replaced; anything
 * else the user made is kept. `webhookBaseUrl` is where production webhooks answer: n8n itself, or in queue mode
 * the webhook processor (n8n's WEBHOOK_URL).
 */
export async function provisionDemo(api: N8nApi, control: SandboxControl, sandboxUrl: string, owner = DEMO_OWNER, webhookBaseUrl = api.url): Promise<Provisioned> {
	await api.setupOwner(owner);
	await api.login(owner);
	const apiKey = await api.createApiKey(`n8n-nodes-recruiting demo ${new Date().toISOString()}`);

	const examples = loadExamples();
	await removeEarlierDemo(api, examples);

	const credentialIds = new Map<string, string>();
	for (const credential of demoCredentials(sandboxUrl)) {
		credentialIds.set(credential.name, (await api.createCredential(credential)).id);
	}

	const provisioned: ProvisionedExample[] = [];
	for (const example of examples) {
		const created = await api.createWorkflow(workflowBody(example, credentialIds));
		const active = isActivatable(example);
		if (active) await api.activate(created.id);
		const webhookUrls = webhookUrlsOf(webhookBaseUrl, created);
		if (active) await registerNhsJobWebhooks(control, webhookBaseUrl, created);
		provisioned.push({ file: example.file, id: created.id, name: created.name, active, webhookUrls });
	}
	return { apiKey, credentialIds: Object.fromEntries(credentialIds), examples: provisioned };
}

/**
 * NHSJob has no API for webhooks: they are added in its dashboard. The sandbox's control API plays the dashboard,
 * with the URL and events of each NHSJob Trigger and the demo's webhook secret.
 */
export async function registerNhsJobWebhooks(control: SandboxControl, n8nUrl: string, workflow: WorkflowSummary): Promise<void> {
	for (const node of workflow.nodes.filter((candidate) => candidate.type === NHSJOB_TRIGGER)) {
		const events = (node.parameters.events as string[] | undefined) ?? [];
		await control.nhsjobAddWebhook({
			url: productionWebhookUrl(n8nUrl, node),
			events: events as never,
			secret: DEMO_NHSJOB_WEBHOOK_SECRET,
		});
	}
}

function webhookUrlsOf(n8nUrl: string, workflow: WorkflowSummary): Record<string, string> {
	return Object.fromEntries([
		...workflow.nodes.filter((node) => node.webhookId && EVENT_WEBHOOK_PATHS[node.type]).map((node) => [node.name, productionWebhookUrl(n8nUrl, node)]),
		...workflow.nodes.filter((node) => node.type === MCP_TRIGGER).map((node) => [node.name, mcpServerUrl(n8nUrl, node)]),
	]);
}

/**
 * The production endpoint of an MCP Server Trigger: version 2 and later serve streamable HTTP (POST) and SSE (GET)
 * at `/mcp/<path>`; versions 1 and 1.1 serve SSE only, at `/mcp/<path>/sse`.
 */
export function mcpServerUrl(n8nUrl: string, node: { typeVersion?: number; parameters: Record<string, unknown> }): string {
	const path = String(node.parameters.path ?? '');
	return (node.typeVersion ?? 1) >= 2 ? `${n8nUrl}/mcp/${path}` : `${n8nUrl}/mcp/${path}/sse`;
}

export function productionWebhookUrl(n8nUrl: string, node: { type: string; webhookId?: string }): string {
	return `${n8nUrl}/webhook/${node.webhookId}/${EVENT_WEBHOOK_PATHS[node.type]}`;
}

async function removeEarlierDemo(api: N8nApi, examples: ExampleWorkflow[]): Promise<void> {
	const exampleNames = new Set(examples.map((example) => example.name));
	for (const workflow of await api.workflows()) {
		if (!exampleNames.has(workflow.name)) continue;
		if (workflow.active) await api.deactivate(workflow.id);
		await api.deleteWorkflow(workflow.id);
	}
	const credentialNames = new Set(demoCredentials('').map((credential) => credential.name));
	const existing = await api.rest<Array<{ id: string; name: string }>>('GET', '/rest/credentials');
	for (const credential of existing.filter((candidate) => credentialNames.has(candidate.name))) {
		await api.rest('DELETE', `/rest/credentials/${credential.id}`);
	}
}
