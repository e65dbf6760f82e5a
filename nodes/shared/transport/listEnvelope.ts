import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, INode, JsonObject } from 'n8n-workflow';

import type { ApiClient } from './apiClient';
import type { ListGuard } from './paginate';
import type { EndpointDefinition, ProviderConfig } from './types';

/** Where a list page was read from, for errors that name it: "GET /job/", "page at offset 200". */
export interface ListPageSource {
	node: INode;
	provider: ProviderConfig;
	endpoint: EndpointDefinition;
	itemIndex?: number;
}

const NOT_A_LIST_ADVICE =
	'Nothing was output for this item, since the list could not be read to its end. An HTML page usually means a proxy or single sign-on answered instead of the API: check the Base URL in the credential. Otherwise the provider sent something unexpected; run the node again, and report the request above to the provider if it persists.';

const BROKEN_LIST_ADVICE =
	'Nothing was output for this item rather than a list with records missing or repeated. Run the node again; if it persists, report the request above to the provider.';

/** A 2xx page that is not the provider's list envelope; `problem` says what it was instead. */
export function notTheList(source: ListPageSource, page: string, problem: string): NodeApiError {
	const request = `${source.endpoint.method} ${source.endpoint.path}`;
	return new NodeApiError(source.node, {} as JsonObject, {
		message: `${request} ${page} answered with ${problem}, not ${source.provider.displayName}'s list`,
		description: NOT_A_LIST_ADVICE,
		itemIndex: source.itemIndex,
	});
}

/** The guard the paging helpers use: identities from `recordId`, errors naming the request. */
export function listGuard<T>(source: ListPageSource, recordId: (record: T) => unknown): ListGuard<T> {
	const request = `${source.endpoint.method} ${source.endpoint.path}`;
	return {
		recordId,
		broken: (problem) =>
			new NodeApiError(source.node, {} as JsonObject, {
				message: `${source.provider.displayName}'s list at ${request} could not be read completely: ${problem}`,
				description: BROKEN_LIST_ADVICE,
				itemIndex: source.itemIndex,
			}),
	};
}

/**
 * What a body that should have been a list envelope is, in a few words. n8n hands over a body that
 * is not valid JSON as a string, so HTML and malformed JSON both arrive as text.
 */
export function describeBody(body: unknown, listField?: string): string {
	if (body === undefined || body === null || body === '') return 'an empty body';
	if (typeof body === 'string' || Buffer.isBuffer(body)) return describeText(String(body));
	if (Array.isArray(body)) return 'a bare array';
	if (typeof body !== 'object') return `a ${typeof body} (${String(body).slice(0, 40)})`;
	const keys = Object.keys(body);
	if (keys.length === 0) return 'an empty object {}';
	if (listField === undefined) return `an object without a list of records (fields: ${keys.slice(0, 8).join(', ')})`;
	const value = (body as Record<string, unknown>)[listField];
	if (value === undefined) return `an object without "${listField}" (fields: ${keys.slice(0, 8).join(', ')})`;
	return `"${listField}" holding ${value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`}`;
}

function describeText(text: string): string {
	const start = text.trimStart();
	if (/^<(!doctype|html|head|body|\?xml|[a-z])/i.test(start)) return 'an HTML page';
	if (start.startsWith('{') || start.startsWith('[')) return 'malformed JSON';
	return start === '' ? 'an empty body' : 'text that is not JSON';
}

/**
 * Why a 2xx answer to a JSON request cannot be its result ("an HTML page, not JSON"), or undefined when
 * it can. n8n hands over a body that does not parse as JSON as a string: a string is HTML, malformed
 * JSON (by content type or by its first character) or text. An empty body is an answer without content
 * (e.g. 204) and passes, unless a record was expected.
 */
export function unexpectedAnswer(
	body: unknown,
	contentType: string | undefined,
	expect: { textAllowed: boolean; record?: string | true },
): string | undefined {
	const type = (contentType ?? '').toLowerCase();
	const notRecord = (what: string) => (expect.record === undefined ? undefined : `${what}, not a record`);
	if (typeof body === 'string' || Buffer.isBuffer(body)) {
		const text = String(body).trim();
		if (text === '') return notRecord('an empty body');
		if (type.includes('html') || /^<(!doctype|html|head|body|[a-z])/i.test(text)) return 'an HTML page, not JSON';
		// Valid JSON arrives parsed: text that still starts like an object or array did not parse.
		if (text.startsWith('{') || text.startsWith('[')) return 'malformed JSON, not JSON';
		// A JSON string value (a bare status, say) arrives as a string with a JSON content type.
		if (type.includes('json')) return undefined;
		return expect.textAllowed ? undefined : 'text, not JSON';
	}
	if (expect.record === undefined) return undefined;
	if (!isRecord(body) || Object.keys(body).length === 0) return notRecord(describeBody(body));
	if (expect.record === true) return undefined;
	const field = expect.record;
	const inner = isRecord(body.data) ? body.data : undefined;
	const has = (record: IDataObject | undefined) => record?.[field] !== undefined && record?.[field] !== null;
	return has(body) || has(inner) ? undefined : notRecord(describeBody(body, field));
}

export function isRecord(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The source of pages of `endpoint` read through `client`. */
export function listSource<E extends string>(client: ApiClient<E>, endpoint: E, itemIndex?: number): ListPageSource {
	return { node: client.node(), provider: client.provider as ProviderConfig, endpoint: client.provider.endpoints[endpoint], itemIndex };
}
