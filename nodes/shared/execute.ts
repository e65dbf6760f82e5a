import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData, NodeApiError } from 'n8n-workflow';

import { runAfterItems } from './afterItems';
import { redactError } from './errors';
import type { OperationOutput } from './operation';
import { readRetrySettings } from './properties/requestOptions';
import { routeOperation, type NodeRouter } from './router';
import { ApiClient } from './transport/apiClient';
import type { ProviderConfig } from './transport/types';

/**
 * Runs the chosen operation for every input item. Every output item is paired with the input it
 * came from; with Continue On Fail a failed item becomes an error item and the run goes on, so no
 * item is ever dropped silently (see errorItem for how failures reach n8n's error output).
 */
export async function executeOperations<EndpointName extends string>(
	context: IExecuteFunctions,
	router: NodeRouter<EndpointName>,
	provider: ProviderConfig<EndpointName>,
): Promise<INodeExecutionData[][]> {
	const items = context.getInputData();
	const client = new ApiClient(context, provider);
	const output: INodeExecutionData[] = [];

	try {
		await runItems(context, router, client, items.length, output);
	} finally {
		runAfterItems(client);
	}
	return [output];
}

async function runItems<EndpointName extends string>(
	context: IExecuteFunctions,
	router: NodeRouter<EndpointName>,
	client: ApiClient<EndpointName>,
	itemCount: number,
	output: INodeExecutionData[],
): Promise<void> {
	for (let itemIndex = 0; itemIndex < itemCount; itemIndex++) {
		try {
			client.useRetrySettings(readRetrySettings(context, client.provider.retry, itemIndex));
			const resource = context.getNodeParameter('resource', itemIndex) as string;
			const operation = context.getNodeParameter('operation', itemIndex) as string;
			const definition = routeOperation(router, resource, operation);
			if (!definition) {
				throw new NodeOperationError(context.getNode(), `Unknown operation "${operation}" for resource "${resource}"`, {
					itemIndex,
				});
			}
			const result = await definition.execute.call(context, itemIndex, client);
			output.push(...toOutputItems(result, itemIndex));
		} catch (error) {
			const failure = redactError(asNodeError(context, error, itemIndex), client.secrets());
			if (!context.continueOnFail()) throw failure;
			output.push(errorItem(context, failure, itemIndex));
		}
	}
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

/** What the node's helpers and this package throw: n8n's NodeApiError or NodeOperationError. */
export type NodeErrorLike = NodeApiError | NodeOperationError;

/**
 * The item Continue On Fail leaves for a failure: `{error, description, httpCode}` in `json`. With
 * "Continue (using error output)" the error itself is attached as `error` too, since n8n sends an item
 * to the error output only if it has `error` (or its json is exactly `{error}` or `{error, message}`).
 * n8n then replaces the json of such an item with `{error: <message>}`, which is why the error is not
 * attached for the regular output: there the description and HTTP code stay in `json`.
 */
export function errorItem(
	context: IExecuteFunctions,
	failure: NodeErrorLike,
	itemIndex: number,
	json: IDataObject = errorJson(failure),
): INodeExecutionData {
	const item: INodeExecutionData = { json, pairedItem: { item: itemIndex } };
	if (context.getNode().onError === 'continueErrorOutput') item.error = failure;
	return item;
}

/** Duck-typed: errors from n8n's own helpers come from n8n's copy of n8n-workflow, not this package's. */
export function isNodeError(error: unknown): error is NodeErrorLike {
	return error instanceof Error && 'node' in error;
}

function asNodeError(context: IExecuteFunctions, error: unknown, itemIndex: number): NodeErrorLike {
	if (isNodeError(error)) {
		if (error.context && error.context.itemIndex === undefined) error.context.itemIndex = itemIndex;
		return error;
	}
	return new NodeOperationError(context.getNode(), error instanceof Error ? error : String(error), { itemIndex });
}

function errorJson(error: NodeErrorLike): IDataObject {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if ('httpCode' in error && error.httpCode) json.httpCode = error.httpCode;
	return json;
}
