import { PollContext } from 'n8n-core';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { deepCopy } from 'n8n-workflow';

import { safeStringify } from './safe-stringify';
import type { TriggerOptions } from './trigger-options';
import { createTriggerWorkflow } from './trigger-workflow';

export interface PollTriggerOptions extends TriggerOptions {
	/** 'trigger': one round of n8n's poll loop for an active workflow; 'manual': a test run in the editor. */
	mode?: 'trigger' | 'manual';
}

export interface PollTriggerResult {
	/** Main output 0 of the poll ([] when it returned null or threw). */
	items: INodeExecutionData[];
	/** Whether the poll returned data, i.e. n8n would start an execution. */
	emitted: boolean;
	error?: Error;
	/** The node's static data after the poll, as n8n would save it; pass it back in to poll again. */
	staticData: IDataObject;
	/** items and error as JSON, for scanning for secrets. */
	serialized: string;
}

/** Calls the node's poll() once with n8n-core's PollContext. */
export async function pollTrigger(options: PollTriggerOptions): Promise<PollTriggerResult> {
	const mode = options.mode ?? 'trigger';
	const trigger = await createTriggerWorkflow(options, deepCopy(options.staticData ?? {}));
	const { poll } = trigger.nodeType;
	if (!poll) throw new Error(`Node type "${options.nodeType}" has no poll() method`);

	// As n8n: an activated workflow polls in 'trigger' mode; a manual run polls inside WorkflowExecute.
	const activation = mode === 'manual' ? 'manual' : 'activate';
	const context = new PollContext(trigger.workflow, trigger.node, trigger.additionalData(mode), mode, activation);
	let response: INodeExecutionData[][] | null = null;
	let error: Error | undefined;
	try {
		response = await poll.call(context);
	} catch (thrown) {
		error = thrown instanceof Error ? thrown : new Error(String(thrown));
	}

	const emitted = response !== null && response !== undefined;
	const items = response?.[0] ?? [];
	return {
		items,
		emitted,
		...(error && { error }),
		staticData: deepCopy(trigger.nodeStaticData),
		serialized: safeStringify({ items, error: error && describeError(error) }),
	};
}

// JSON.stringify drops an Error's message and stack (not enumerable); secrets may hide in them.
function describeError(error: Error): IDataObject {
	return { ...error, name: error.name, message: error.message, stack: error.stack };
}
