import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INodeProperties } from 'n8n-workflow';

import type { OperationDefinition, ResourceDefinition } from './operation';
import type { ApiClient } from './transport/apiClient';

const properties: INodeProperties[] = [
	{
		displayName: 'Method',
		name: 'method',
		type: 'options',
		options: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].map((method) => ({ name: method, value: method })),
		default: 'GET',
	},
	{
		displayName: 'Path',
		name: 'path',
		type: 'string',
		required: true,
		default: '',
		placeholder: '/resource/123/',
		description: 'Path below the Base URL of the credential, starting with a slash. The credential is applied automatically.',
	},
	{
		displayName: 'Query Parameters',
		name: 'queryParameters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Parameter',
		default: {},
		options: [
			{
				displayName: 'Parameter',
				name: 'parameter',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	},
	{
		displayName: 'JSON Body',
		name: 'body',
		type: 'json',
		default: '',
		displayOptions: { show: { method: ['POST', 'PUT', 'PATCH', 'DELETE'] } },
		description: 'Request body as JSON; leave empty to send none',
	},
];

async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient): Promise<IDataObject[]> {
	const method = this.getNodeParameter('method', itemIndex) as IHttpRequestMethods;
	const path = (this.getNodeParameter('path', itemIndex) as string).trim();
	if (!path.startsWith('/') || path.startsWith('//') || path.includes('://') || path.split(/[/?]/).includes('..')) {
		throw new NodeOperationError(
			this.getNode(),
			`Invalid "Path" in item ${itemIndex}: "${path}" must be a path below the Base URL, such as /job/`,
			{ itemIndex, description: 'Full URLs and ".." are refused so the credential is only ever sent to the provider.' },
		);
	}
	const [pathOnly, inlineQuery] = path.split('?', 2);
	const qs: IDataObject = Object.fromEntries(new URLSearchParams(inlineQuery ?? ''));
	const parameters = this.getNodeParameter('queryParameters.parameter', itemIndex, []) as Array<{ name: string; value: string }>;
	for (const { name, value } of parameters) if (name) qs[name] = value;
	const body = method === 'GET' ? undefined : parseBody(this, itemIndex);

	const response = await client.request<unknown>({ method, path: pathOnly }, { qs, body, itemIndex });
	if (Array.isArray(response)) return response.map((entry) => (isObject(entry) ? entry : { value: entry }));
	if (isObject(response)) return [response];
	return [{ response: response ?? null }];
}

function parseBody(context: IExecuteFunctions, itemIndex: number): IDataObject | IDataObject[] | undefined {
	const raw = context.getNodeParameter('body', itemIndex, '') as string | IDataObject;
	if (typeof raw !== 'string') return raw;
	if (raw.trim() === '') return undefined;
	try {
		return JSON.parse(raw) as IDataObject;
	} catch (error) {
		throw new NodeOperationError(context.getNode(), `Invalid "JSON Body" in item ${itemIndex}: ${(error as Error).message}`, {
			itemIndex,
			description: 'Enter valid JSON, e.g. {"name": "value"}, or leave the field empty.',
		});
	}
}

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const customApiCall: OperationDefinition = {
	value: 'call',
	name: 'Call',
	action: 'Make a custom API call',
	description: 'Call any endpoint of the API with the credential applied',
	properties,
	execute,
};

export function customApiCallResource(providerName: string): ResourceDefinition {
	return {
		value: 'customApiCall',
		name: 'Custom API Call',
		description: `Call any ${providerName} endpoint not covered by the operations above`,
		operations: [customApiCall],
	};
}
