import { WorkflowExecute } from 'n8n-core';
import type { INodeExecutionData } from 'n8n-workflow';
import { createRunExecutionData } from 'n8n-workflow';

import type { TriggerWorkflow } from './trigger-workflow';

/**
 * Runs the workflow a webhook started, as n8n's WorkflowRunner does: the trigger node is put on the execution
 * stack with the webhook's workflowData as its input, and WorkflowExecute passes it through as the node's output.
 * Resolves with the trigger node's main output 0 in that run.
 */
export async function executeFromWebhook(
	trigger: TriggerWorkflow,
	workflowData: INodeExecutionData[][],
): Promise<INodeExecutionData[]> {
	const { node, workflow } = trigger;
	const runExecutionData = createRunExecutionData({
		executionData: { nodeExecutionStack: [{ node, data: { main: workflowData }, source: null }] },
	});
	const mode = trigger.isTest ? 'manual' : 'webhook';
	const workflowExecute = new WorkflowExecute(trigger.additionalData(mode), mode, runExecutionData);
	const run = await workflowExecute.processRunExecutionData(workflow);

	const { error, runData } = run.data.resultData;
	if (error) throw error;
	const task = runData[node.name]?.at(0);
	if (!task) throw new Error(`The execution started by the webhook did not run "${node.name}"`);
	return task.data?.main[0] ?? [];
}
