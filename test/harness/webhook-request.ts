import type { IncomingMessage } from 'node:http';
import { parse as parseFormBody } from 'node:querystring';
import { parseIncomingMessage } from 'n8n-core';
import type { IDataObject } from 'n8n-workflow';
import { jsonParse } from 'n8n-workflow';

// qs has no bundled types. It is the parser behind express's 'extended' query parser, which n8n's server uses,
// and a direct dependency of n8n-core.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const qs = require('qs') as { parse(query: string, options: { allowPrototypes: boolean }): IDataObject };

/** The express request a webhook() gets from `this.getRequestObject()`: the received message, parsed. */
export interface WebhookRequest extends IncomingMessage {
	query: IDataObject;
	body: unknown;
	params: Record<string, string>;
	path: string;
	/** Like express's `req.get()`: a request header by case-insensitive name. */
	get(name: string): string | string[] | undefined;
}

/** n8n answers such a request 422 before the node sees it. */
export class BodyParseError extends Error {}

export async function readRawBody(message: IncomingMessage): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of message) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

/** Adds what n8n's middlewares add: `rawBody`, `contentType`/`encoding`, query and body parsed like n8n parses them. */
export function toWebhookRequest(
	message: IncomingMessage,
	rawBody: Buffer,
	params: Record<string, string>,
): WebhookRequest {
	parseIncomingMessage(message);
	const url = message.url ?? '/';
	const queryStart = url.indexOf('?');
	const path = queryStart === -1 ? url : url.slice(0, queryStart);
	const queryString = queryStart === -1 ? '' : url.slice(queryStart + 1);
	return Object.assign(message, {
		rawBody,
		_body: true,
		readRawBody: async () => {},
		query: qs.parse(queryString, { allowPrototypes: true }),
		body: parseBody(message, rawBody),
		params,
		path,
		get: (name: string) => message.headers[name.toLowerCase()],
	});
}

// Mirrors n8n's parseBody for the content types the brief covers; anything else leaves the body empty.
function parseBody(message: IncomingMessage, rawBody: Buffer): unknown {
	if (rawBody.length === 0) return {};
	try {
		if (message.contentType === 'application/json') return jsonParse(rawBody.toString(message.encoding));
		if (message.contentType === 'application/x-www-form-urlencoded') {
			return parseFormBody(rawBody.toString(message.encoding), undefined, undefined, { maxKeys: 1000 });
		}
	} catch (error) {
		throw new BodyParseError(`Failed to parse request body: ${(error as Error).message}`);
	}
	return {};
}
