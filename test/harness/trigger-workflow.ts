import { randomUUID } from 'node:crypto';
import { ExecutionLifecycleHooks } from 'n8n-core';
import type {
	IDataObject,
	INode,
	INodeType,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	IWorkflowSettings,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { Workflow, deepCopy } from 'n8n-workflow';

import { createAdditionalData } from './additional-data';
import { seedCredentials } from './credential-references';
import { CredentialStore } from './credential-store';
import { HarnessCredentialsHelper } from './credentials-helper';
import { loadPackage } from './package-loader';
import type { TriggerOptions } from './trigger-options';

const SETTINGS: IWorkflowSettings = { executionOrder: 'v1' };

/** Where n8n serves production webhooks: <origin>/webhook/<webhookId>/<path>. */
export const PRODUCTION_WEBHOOK_ENDPOINT = '/webhook';

/** An active workflow holding only the trigger under test, built the way n8n builds it from its database row. */
export interface TriggerWorkflow {
	workflow: Workflow;
	workflowData: IWorkflowBase;
	/** The node as the workflow holds it (parameters completed with their defaults). */
	node: INode;
	nodeType: INodeType;
	/** The live object behind the node's `getWorkflowStaticData('node')`. */
	nodeStaticData: IDataObject;
	/** Base of the webhook URLs served, e.g. http://127.0.0.1:PORT/webhook (or /webhook-test when listening for a test event). */
	webhookBaseUrl: string;
	/** True when the editor listens for a test event (TriggerOptions.listen 'test'). */
	isTest: boolean;
	/** The per-call context n8n would build, pointing webhook URLs at the harness server when there is one. */
	additionalData(
		mode: WorkflowExecuteMode,
		extra?: Partial<IWorkflowExecuteAdditionalData>,
	): IWorkflowExecuteAdditionalData;
}

/**
 * `nodeStaticData` becomes the node's static data itself (not a copy), so writes by the node show up in it.
 * `serverUrl` is the origin production webhook URLs are built on, e.g. http://127.0.0.1:PORT.
 */
export async function createTriggerWorkflow(
	options: TriggerOptions,
	nodeStaticData: IDataObject,
	serverUrl?: string,
): Promise<TriggerWorkflow> {
	const loaded = await loadPackage(options.packageDir);
	const store = options.store ?? new CredentialStore();
	const typeVersion = options.typeVersion ?? loaded.latestVersion(options.nodeType);
	const description = loaded.nodeDescription(options.nodeType, typeVersion);
	const name = description.defaults.name ?? description.displayName;
	const type = loaded.fullNodeType(options.nodeType);

	const definedNode: INode = {
		id: randomUUID(),
		name,
		type,
		typeVersion,
		position: [0, 0],
		parameters: deepCopy(options.parameters),
		credentials: seedCredentials(store, loaded.credentialTypes, options.credentials),
		...(description.webhooks?.length && { webhookId: randomUUID() }),
	};
	const workflowData: IWorkflowBase = {
		id: randomUUID(),
		name: 'Harness trigger workflow',
		active: true,
		isArchived: false,
		activeVersionId: null,
		createdAt: new Date(),
		updatedAt: new Date(),
		nodes: [definedNode],
		connections: {},
		settings: SETTINGS,
	};
	const workflow = new Workflow({
		id: workflowData.id,
		name: workflowData.name,
		nodes: [definedNode],
		connections: {},
		active: true,
		nodeTypes: loaded.nodeTypes,
		staticData: { [`node:${name}`]: nodeStaticData },
		settings: SETTINGS,
	});
	const node = workflow.getNode(name) as INode;
	const credentialsHelper = new HarnessCredentialsHelper(loaded.credentialTypes, store);
	const urls = serverUrl ? serverUrls(serverUrl) : {};

	return {
		workflow,
		workflowData,
		node,
		nodeType: loaded.nodeTypes.getByNameAndVersion(type, typeVersion),
		nodeStaticData: workflow.getStaticData('node', node),
		additionalData,
		webhookBaseUrl: options.listen === 'test' ? additionalData('internal').webhookTestBaseUrl : additionalData('internal').webhookBaseUrl,
		isTest: options.listen === 'test',
	};

	function additionalData(
		mode: WorkflowExecuteMode,
		extra: Partial<IWorkflowExecuteAdditionalData> = {},
	): IWorkflowExecuteAdditionalData {
		const executionId = randomUUID();
		const hooks = new ExecutionLifecycleHooks(mode, executionId, workflowData);
		return { ...createAdditionalData(credentialsHelper, hooks, executionId), ...urls, ...extra };
	}
}

function serverUrls(serverUrl: string): Partial<IWorkflowExecuteAdditionalData> {
	return {
		instanceBaseUrl: `${serverUrl}/`,
		webhookBaseUrl: `${serverUrl}${PRODUCTION_WEBHOOK_ENDPOINT}`,
		webhookTestBaseUrl: `${serverUrl}/webhook-test`,
		webhookWaitingBaseUrl: `${serverUrl}/webhook-waiting`,
		formWaitingBaseUrl: `${serverUrl}/form-waiting`,
	};
}
