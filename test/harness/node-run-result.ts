import type { ExecutionError, INodeExecutionData, IRun } from 'n8n-workflow';

import { binaryDataService } from './engine';
import { safeStringify } from './safe-stringify';

export interface RunNodeResult {
	/** Name the node under test had in the workflow (its default name, e.g. 'Jobcase'). */
	nodeName: string;
	/** Main output 0 of the node under test ([] if it failed). */
	items: INodeExecutionData[];
	/** All main outputs of the node under test. */
	outputs: INodeExecutionData[][];
	/** The error of the run, if the node failed. */
	error?: ExecutionError;
	run: IRun;
	/** The whole IRun as JSON, for scanning for secrets (made when first read, so that timing a run does not count it). */
	readonly serialized: string;
	/** The bytes of an output item's binary property (default 'data'), read through n8n's binary data service. */
	binary(itemIndex: number, property?: string): Promise<Buffer>;
}

export function nodeRunResult(run: IRun, nodeName: string): RunNodeResult {
	const { resultData } = run.data;
	const task = resultData.runData[nodeName]?.at(-1);
	const error = resultData.error ?? task?.error;
	const outputs = (task?.data?.main ?? []).map((output) => output ?? []);
	const items = error ? [] : (outputs[0] ?? []);

	let serialized: string | undefined;
	return {
		nodeName,
		items,
		outputs,
		...(error && { error }),
		run,
		get serialized() {
			serialized ??= safeStringify(run);
			return serialized;
		},
		binary: async (itemIndex, property = 'data') => {
			const binaryData = items[itemIndex]?.binary?.[property];
			if (!binaryData) throw new Error(`Output item ${itemIndex} has no binary property "${property}"`);
			return await binaryDataService().getAsBuffer(binaryData);
		},
	};
}
