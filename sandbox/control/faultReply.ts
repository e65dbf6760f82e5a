import { type Reply, bytes, json } from '../core/reply';
import type { FaultSpec } from './faults';

/** The answer an injected status fault gives: its body (JSON, or text when a string) and Retry-After. */
export function buildFaultReply(fault: FaultSpec): Reply {
	const status = fault.status ?? 500;
	const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'Retry-After': fault.retryAfter };
	if (typeof fault.body === 'string') {
		return bytes(status, 'text/plain; charset=utf-8', Buffer.from(fault.body, 'utf8'), headers);
	}
	return json(status, fault.body === undefined ? { detail: `Injected fault: HTTP ${status}.` } : fault.body, headers);
}
