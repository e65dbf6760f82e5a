import type { IncomingMessage, ServerResponse } from 'node:http';
import { STATUS_CODES } from 'node:http';

/** The express response a webhook() gets from `this.getResponseObject()`: the real ServerResponse plus helpers. */
export interface WebhookResponse extends ServerResponse<IncomingMessage> {
	status(code: number): this;
	/** Strings go out as text/html, Buffers as application/octet-stream, anything else as JSON (express rules). */
	send(body?: unknown): this;
	json(body: unknown): this;
	sendStatus(code: number): this;
	set(field: string, value: string | number | readonly string[]): this;
	header(field: string, value: string | number | readonly string[]): this;
	get(field: string): string | number | string[] | undefined;
}

export function toWebhookResponse(response: ServerResponse<IncomingMessage>): WebhookResponse {
	const express = response as WebhookResponse;
	const send = (body: Buffer | string, defaultType: string) => {
		if (!express.hasHeader('Content-Type')) express.setHeader('Content-Type', defaultType);
		express.setHeader('Content-Length', Buffer.byteLength(body));
		express.end(express.req.method === 'HEAD' ? undefined : body);
		return express;
	};
	return Object.assign(express, {
		status: (code: number) => {
			express.statusCode = code;
			return express;
		},
		send: (body?: unknown) => {
			if (body === undefined || body === null) return send('', 'text/html; charset=utf-8');
			if (typeof body === 'string') return send(body, 'text/html; charset=utf-8');
			if (Buffer.isBuffer(body)) return send(body, 'application/octet-stream');
			return express.json(body);
		},
		json: (body: unknown) => send(JSON.stringify(body) ?? '', 'application/json; charset=utf-8'),
		sendStatus: (code: number) => {
			express.statusCode = code;
			return send(STATUS_CODES[code] ?? String(code), 'text/plain; charset=utf-8');
		},
		set: (field: string, value: string | number | readonly string[]) => {
			express.setHeader(field, value);
			return express;
		},
		header: (field: string, value: string | number | readonly string[]) => express.set(field, value),
		get: (field: string) => express.getHeader(field),
	});
}
