import { randomUUID } from 'node:crypto';
import type {
	IBinaryKeyData,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { BINARY_ENCODING, NodeConnectionTypes, jsonParse } from 'n8n-workflow';

export const SOURCE_NODE_TYPE = 'n8n-nodes-harness.source';
export const SOURCE_ITEMS_PARAMETER = 'items';

/**
 * The harness's own start node: emits the test's input items. Binary given as base64 `data` is stored through
 * n8n's binary data service, so downstream nodes receive it exactly as they would in n8n.
 */
export class HarnessSourceNode implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Harness Source',
		name: 'source',
		group: ['input'],
		version: 1,
		description: 'Emits the input items of a test',
		defaults: { name: 'Harness Source' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [
			{
				displayName: 'Items (JSON)',
				name: SOURCE_ITEMS_PARAMETER,
				type: 'string',
				default: '[]',
			},
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = jsonParse<INodeExecutionData[]>(this.getNodeParameter(SOURCE_ITEMS_PARAMETER, 0) as string);
		const emitted: INodeExecutionData[] = [];
		for (const item of items) {
			const binary = item.binary && (await storeBinary(this, item.binary));
			emitted.push({ ...item, ...(binary && { binary }), pairedItem: { item: 0 } });
		}
		return [emitted];
	}
}

async function storeBinary(context: IExecuteFunctions, binary: IBinaryKeyData): Promise<IBinaryKeyData> {
	const stored: IBinaryKeyData = {};
	for (const [property, { data, fileName, mimeType }] of Object.entries(binary)) {
		stored[property] = await context.helpers.prepareBinaryData(
			Buffer.from(data, BINARY_ENCODING),
			fileName,
			mimeType,
		);
	}
	return stored;
}

export function createSourceNode(items: INodeExecutionData[]): INode {
	return {
		id: randomUUID(),
		name: 'Harness Source',
		type: SOURCE_NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: { [SOURCE_ITEMS_PARAMETER]: JSON.stringify(items) },
	};
}
