import { randomUUID } from 'node:crypto';
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type { IConnections, INode, IRun, IWorkflowBase, IWorkflowSettings } from 'n8n-workflow';
import { Workflow, deepCopy } from 'n8n-workflow';

import { createAdditionalData } from './additional-data';
import type { CredentialStore } from './credential-store';
import { HarnessCredentialsHelper } from './credentials-helper';
import { ensureEngine } from './engine';
import type { LoadedPackage } from './package-loader';

export interface WorkflowDefinition {
	nodes: INode[];
	connections: IConnections;
}

export interface Execution {
	run: IRun;
	workflow: Workflow;
	executionId: string;
}

const SETTINGS: IWorkflowSettings = { executionOrder: 'v1' };

/** Runs a workflow in n8n-core's WorkflowExecute ('manual' mode) from `startNode` until it finishes. */
export async function executeWorkflow(
	definition: WorkflowDefinition,
	startNodeName: string,
	loaded: LoadedPackage,
	store: CredentialStore,
	/** Workflow settings merged over the harness's, e.g. `{timezone: 'Europe/London'}` for `this.getTimezone()`. */
	extraSettings: IWorkflowSettings = {},
): Promise<Execution> {
	await ensureEngine();
	const settings: IWorkflowSettings = { ...SETTINGS, ...extraSettings };
	const { nodes, connections } = deepCopy(definition);
	const workflowData: IWorkflowBase = {
		id: randomUUID(),
		name: 'Harness workflow',
		active: false,
		isArchived: false,
		activeVersionId: null,
		createdAt: new Date(),
		updatedAt: new Date(),
		nodes,
		connections,
		settings,
	};
	const workflow = new Workflow({
		id: workflowData.id,
		name: workflowData.name,
		nodes,
		connections,
		active: false,
		nodeTypes: loaded.nodeTypes,
		settings,
	});
	const startNode = workflow.getNode(startNodeName);
	if (!startNode) throw new Error(`The workflow has no node named "${startNodeName}"`);

	const executionId = randomUUID();
	const hooks = new ExecutionLifecycleHooks('manual', executionId, workflowData);
	const credentialsHelper = new HarnessCredentialsHelper(loaded.credentialTypes, store);
	const additionalData = createAdditionalData(credentialsHelper, hooks, executionId);
	const workflowExecute = new WorkflowExecute(additionalData, 'manual');
	// WorkflowExecute refuses such a workflow with a bare "The workflow has issues"; say which ones.
	const issues = workflowExecute.checkReadyForExecution(workflow, { startNode: startNode.name });
	if (issues) throw new Error(`n8n refuses to run the workflow, it has issues: ${JSON.stringify(issues)}`);
	const run = await workflowExecute.run({ workflow, startNode });
	return { run, workflow, executionId };
}
