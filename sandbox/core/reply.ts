/** What a handler answers with; written to the socket by sendReply. */
export type Reply = JsonReply | BytesReply;

export interface JsonReply {
	readonly kind: 'json';
	readonly status: number;
	readonly body: unknown;
	readonly headers?: Record<string, string>;
}

export interface BytesReply {
	readonly kind: 'bytes';
	readonly status: number;
	readonly contentType: string;
	readonly bytes: Buffer;
	readonly headers?: Record<string, string>;
}

export function json(status: number, body: unknown, headers?: Record<string, string>): JsonReply {
	return { kind: 'json', status, body, headers };
}

export function bytes(
	status: number,
	contentType: string,
	content: Buffer,
	headers?: Record<string, string>,
): BytesReply {
	return { kind: 'bytes', status, contentType, bytes: content, headers };
}
