import { randomUUID } from 'node:crypto';
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type { IConnections, IDataObject, INode, IRun, IWorkflowBase, IWorkflowSettings, WorkflowExecuteMode } from 'n8n-workflow';
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

/**
 * How a run is started. `manual` (the default) is a run from the editor: n8n does not save the workflow's static
 * data after it. Any other mode (`webhook`, `trigger`) is a production execution of an active workflow: n8n saves the
 * static data its nodes changed, and the next execution starts from it. `staticData` plays the saved copy: it is
 * handed to the run, and after a production run that changed it, replaced by what the run left (as JSON, as n8n
 * stores it).
 */
export interface ExecutionMode {
	mode?: WorkflowExecuteMode;
	staticData?: IDataObject;
}

/** Runs a workflow in n8n-core's WorkflowExecute (default 'manual' mode) from `startNode` until it finishes. */
export async function executeWorkflow(
	definition: WorkflowDefinition,
	startNodeName: string,
	loaded: LoadedPackage,
	store: CredentialStore,
	/** Workflow settings merged over the harness's, e.g. `{timezone: 'Europe/London'}` for `this.getTimezone()`. */
	extraSettings: IWorkflowSettings = {},
	{ mode = 'manual', staticData }: ExecutionMode = {},
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
		active: mode !== 'manual',
		nodeTypes: loaded.nodeTypes,
		settings,
		staticData: staticData && (JSON.parse(JSON.stringify(staticData)) as IDataObject),
	});
	const startNode = workflow.getNode(startNodeName);
	if (!startNode) throw new Error(`The workflow has no node named "${startNodeName}"`);

	const executionId = randomUUID();
	const hooks = new ExecutionLifecycleHooks(mode, executionId, workflowData);
	const credentialsHelper = new HarnessCredentialsHelper(loaded.credentialTypes, store);
	const additionalData = createAdditionalData(credentialsHelper, hooks, executionId);
	const workflowExecute = new WorkflowExecute(additionalData, mode);
	// WorkflowExecute refuses such a workflow with a bare "The workflow has issues"; say which ones.
	const issues = workflowExecute.checkReadyForExecution(workflow, { startNode: startNode.name });
	if (issues) throw new Error(`n8n refuses to run the workflow, it has issues: ${JSON.stringify(issues)}`);
	const run = await workflowExecute.run({ workflow, startNode });
	// What n8n's execution hooks do (hookFunctionsSave): save changed static data, except after a manual run.
	if (staticData && mode !== 'manual' && workflow.staticData.__dataChanged === true) {
		for (const key of Object.keys(staticData)) delete staticData[key];
		Object.assign(staticData, JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject);
	}
	return { run, workflow, executionId };
}
