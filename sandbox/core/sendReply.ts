import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

import type { Reply } from './reply';

/** Below this size compressing costs more than it saves, as on typical API gateways. */
const MIN_GZIP_BYTES = 1024;

export function sendReply(req: IncomingMessage, res: ServerResponse, reply: Reply): void {
	if (res.headersSent || res.destroyed) return;
	const headers: Record<string, string> = { ...(reply.headers ?? {}) };
	let payload: Buffer;
	if (reply.kind === 'json') {
		headers['Content-Type'] = 'application/json';
		payload = reply.body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(reply.body), 'utf8');
		if (payload.length >= MIN_GZIP_BYTES && acceptsGzip(req)) {
			payload = gzipSync(payload, { level: 1 });
			headers['Content-Encoding'] = 'gzip';
			headers['Vary'] = 'Accept-Encoding';
		}
	} else {
		headers['Content-Type'] = reply.contentType;
		payload = reply.bytes;
	}
	headers['Content-Length'] = String(payload.length);
	res.writeHead(reply.status, headers);
	res.end(req.method === 'HEAD' ? undefined : payload);
}

function acceptsGzip(req: IncomingMessage): boolean {
	const header = req.headers['accept-encoding'];
	if (typeof header !== 'string') return false;
	return header
		.split(',')
		.map((part) => part.trim().split(';'))
		.some(([coding, ...params]) => coding.toLowerCase() === 'gzip' && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p)));
}
