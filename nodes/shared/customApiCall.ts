import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INodeProperties } from 'n8n-workflow';

import { hasControlCharacter } from './controlCharacters';
import { joinUrl, type ApiClient } from './transport/apiClient';
import { decodeFully, hasDotSegment, nonstandardEscape } from './transport/path';

/** The Operation selector of every provider's Custom API Call resource: one operation, `call`. */
export const customApiCallOperationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['customApiCall'] } },
	options: [
		{
			name: 'Call',
			value: 'call',
			action: 'Make a custom API call',
			description: 'Call any endpoint of the API with the credential applied',
		},
	],
	default: 'call',
};

/** The fields of every provider's Custom API Call resource (operation `call`). */
export const customApiCallProperties: INodeProperties[] = [
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

/** Runs a Custom API Call for one item: the user's method and path, below the credential's Base URL. */
export async function executeCustomApiCall(
	this: IExecuteFunctions,
	itemIndex: number,
	client: ApiClient,
): Promise<IDataObject[]> {
	const method = this.getNodeParameter('method', itemIndex) as IHttpRequestMethods;
	const { pathOnly, inlineQuery } = checkedPath(this, itemIndex, await client.baseUrl());
	const qs: IDataObject = Object.fromEntries(new URLSearchParams(inlineQuery));
	const parameters = this.getNodeParameter('queryParameters.parameter', itemIndex, []) as Array<{ name: string; value: string }>;
	for (const { name, value } of parameters) if (name) qs[name] = value;
	const body = method === 'GET' ? undefined : parseBody(this, itemIndex);

	const response = await client.request<unknown>({ method, path: pathOnly }, { qs, body, itemIndex });
	if (Array.isArray(response)) return response.map((entry) => (isObject(entry) ? entry : { value: entry }));
	if (isObject(response)) return [response];
	return [{ response: response ?? null }];
}

/**
 * The user's path, refused unless it stays below the credential's Base URL: no full or
 * protocol-relative URL, and no `.` or `..` segment however it is written (percent-encoded once or
 * more, upper or lower case, with backslashes or encoded slashes, with `;` parameters as Tomcat and
 * Jetty read them, or a mixture), and no escape only some servers decode (`%u002e`, overlong `%c0%ae`). The credential is
 * only ever sent below the Base URL.
 */
function checkedPath(context: IExecuteFunctions, itemIndex: number, baseUrl: string): { pathOnly: string; inlineQuery: string } {
	const raw = context.getNodeParameter('path', itemIndex, '') as unknown;
	const path = typeof raw === 'string' ? raw.trim() : '';
	const queryAt = path.search(/[?#]/);
	const pathOnly = queryAt === -1 ? path : path.slice(0, queryAt);
	const inlineQuery = queryAt === -1 || path[queryAt] === '#' ? '' : path.slice(queryAt + 1).split('#')[0];
	const decoded = decodeFully(pathOnly).replace(/\\/g, '/');
	const refuse = (problem: string) =>
		new NodeOperationError(context.getNode(), `Invalid "Path" in item ${itemIndex}: ${problem}`, {
			itemIndex,
			description:
				'Enter a path below the Base URL of the credential, such as /job/. Full URLs, "." and ".." segments (also percent-encoded, with backslashes or with ";" parameters) and %u or invalid UTF-8 escapes are refused so the credential is only ever sent to the provider, below its Base URL.',
		});
	if (pathOnly === '') throw refuse('is required: enter a path such as /job/');
	if (!pathOnly.startsWith('/')) throw refuse(`${JSON.stringify(path)} must start with a slash, e.g. /job/`);
	if (decoded.startsWith('//') || decoded.includes('://') || hasControlCharacter(decoded)) {
		throw refuse(`${JSON.stringify(path)} is not a path below the Base URL`);
	}
	if (hasDotSegment(pathOnly)) throw refuse(`${JSON.stringify(path)} has a "." or ".." segment, which would leave the Base URL`);
	const escape = nonstandardEscape(pathOnly);
	if (escape !== undefined) throw refuse(`${JSON.stringify(path)} ${escape}: some servers read it as "." and would leave the Base URL`);
	if (!staysBelow(baseUrl, pathOnly)) throw refuse(`${JSON.stringify(path)} would leave the Base URL`);
	// Braces are literal here: the endpoint table's {name} placeholders must not be filled from a user's path.
	return { pathOnly: pathOnly.replace(/[{}]/g, (brace) => encodeURIComponent(brace)), inlineQuery };
}

/** Resolves the URL the way an HTTP client will and checks it is on the Base URL's origin, under its path. */
function staysBelow(baseUrl: string, path: string): boolean {
	try {
		const base = new URL(baseUrl);
		const target = new URL(joinUrl(baseUrl, path));
		const basePath = base.pathname.replace(/\/+$/, '');
		return target.origin === base.origin && (target.pathname === basePath || target.pathname.startsWith(`${basePath}/`));
	} catch {
		return false;
	}
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
