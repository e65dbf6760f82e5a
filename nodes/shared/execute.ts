import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { findOperation } from './buildProperties';
import type { OperationDefinition, OperationOutput } from './operation';
import { readRetrySettings } from './properties/requestOptions';
import { ApiClient } from './transport/apiClient';
import type { ProviderConfig } from './transport/types';

/**
 * Runs the chosen operation for every input item. Every output item is paired with the input it
 * came from; with Continue On Fail a failed item becomes an error item and the run goes on, so no
 * item is ever dropped silently.
 */
export async function executeOperations<EndpointName extends string>(
	context: IExecuteFunctions,
	resources: Array<{ value: string; operations: Array<OperationDefinition<EndpointName>> }>,
	provider: ProviderConfig<EndpointName>,
): Promise<INodeExecutionData[][]> {
	const items = context.getInputData();
	const client = new ApiClient(context, provider, readRetrySettings(context, provider.retry));
	const output: INodeExecutionData[] = [];

	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const resource = context.getNodeParameter('resource', itemIndex) as string;
			const operation = context.getNodeParameter('operation', itemIndex) as string;
			const definition = findOperation(resources, resource, operation);
			if (!definition) {
				throw new NodeOperationError(context.getNode(), `Unknown operation "${operation}" for resource "${resource}"`, {
					itemIndex,
				});
			}
			const result = await definition.execute.call(context, itemIndex, client);
			output.push(...toOutputItems(result, itemIndex));
		} catch (error) {
			const failure = asNodeError(context, error, itemIndex);
			if (!context.continueOnFail()) throw failure;
			output.push({ json: errorJson(failure), pairedItem: { item: itemIndex } });
		}
	}
	return [output];
}

function toOutputItems(result: OperationOutput, itemIndex: number): INodeExecutionData[] {
	const entries = Array.isArray(result) ? result : [result];
	return entries.map((entry) => {
		if (isExecutionData(entry)) return { ...entry, pairedItem: entry.pairedItem ?? { item: itemIndex } };
		return { json: entry, pairedItem: { item: itemIndex } };
	});
}

function isExecutionData(entry: IDataObject | INodeExecutionData): entry is INodeExecutionData {
	return typeof entry.json === 'object' && entry.json !== null && Object.keys(entry).every((key) => EXECUTION_KEYS.has(key));
}

const EXECUTION_KEYS = new Set(['json', 'binary', 'pairedItem', 'error']);

interface NodeErrorLike extends Error {
	description?: string | null;
	httpCode?: string | null;
	context?: IDataObject;
}

function asNodeError(context: IExecuteFunctions, error: unknown, itemIndex: number): NodeErrorLike {
	if (error instanceof Error && 'node' in error) {
		const nodeError = error as NodeErrorLike;
		if (nodeError.context && nodeError.context.itemIndex === undefined) nodeError.context.itemIndex = itemIndex;
		return nodeError;
	}
	return new NodeOperationError(context.getNode(), error instanceof Error ? error : String(error), { itemIndex });
}

function errorJson(error: NodeErrorLike): IDataObject {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error.httpCode) json.httpCode = error.httpCode;
	return json;
}
