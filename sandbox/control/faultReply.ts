import { type Reply, bytes, json } from '../core/reply';
import type { FaultSpec } from './faults';

/** What an echo fault sends back: the request as the sandbox received it. */
export interface EchoedRequest {
	method: string;
	url: string;
	headers: Record<string, unknown>;
	body: string;
}

/**
 * The answer an injected status fault gives: its body (JSON, or text of `contentType` when a string)
 * and Retry-After; an echo fault answers with the request itself.
 */
export function buildFaultReply(fault: FaultSpec, request: EchoedRequest): Reply {
	const status = fault.status ?? (fault.echo ? 400 : 500);
	const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'Retry-After': fault.retryAfter };
	if (fault.echo) return json(status, request, headers);
	if (typeof fault.body === 'string') {
		return bytes(status, fault.contentType ?? 'text/plain; charset=utf-8', Buffer.from(fault.body, 'utf8'), headers);
	}
	return json(status, fault.body === undefined ? { detail: `Injected fault: HTTP ${status}.` } : fault.body, headers);
}
