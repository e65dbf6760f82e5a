import { randomBytes } from 'node:crypto';

import type { CegidConfig } from '../config';
import type { CegidStore, WebhookRecord } from '../store';
import type { EventPayload } from './events';
import { type Signing, signDelivery } from './signDelivery';

export interface DeliveryResult {
	readonly callbackUrl: string;
	readonly hookIds: string[];
	readonly events: EventPayload[];
	/** HTTP status the callback answered; 0 when it could not be reached. */
	readonly status: number;
	readonly error?: string;
	/** The signature sent, as computed (before URL encoding). */
	readonly signature?: string;
	/** The start of the callback's answer. */
	readonly answer?: string;
	/** Which sending of this signed call it was (1 unless `copies` or `replay` sent it more than once). */
	readonly copy: number;
}

export interface DeliveryOptions {
	/** One call per callback URL carrying all its events as a JSON array (Cegid batches every 15 minutes), or one call per event. */
	readonly batch: boolean;
	readonly signing: Signing;
	/** Each signed call is sent this many times at the same moment, byte for byte; default 1. */
	readonly copies?: number;
	/** Then sent once more, byte for byte, after those were answered (a replay while the signature is valid). */
	readonly replay?: boolean;
}

const TIMEOUT_MS = 30_000;

/** Sends each event to every subscription for it, signed, and reports what each callback answered. */
export async function deliverEvents(store: CegidStore, config: CegidConfig, events: EventPayload[], options: DeliveryOptions): Promise<DeliveryResult[]> {
	const calls: Array<{ callbackUrl: string; hooks: WebhookRecord[]; events: EventPayload[] }> = [];
	for (const event of events) {
		for (const hook of store.webhooks.values()) {
			if (hook.event !== event.event_type) continue;
			const existing = options.batch ? calls.find((call) => call.callbackUrl === hook.callbackUrl) : undefined;
			if (existing) {
				existing.events.push(event);
				if (!existing.hooks.includes(hook)) existing.hooks.push(hook);
			} else {
				calls.push({ callbackUrl: hook.callbackUrl, hooks: [hook], events: [event] });
			}
		}
	}
	const results: DeliveryResult[] = [];
	for (const call of calls) {
		const body = Buffer.from(JSON.stringify(options.batch ? call.events : call.events[0]), 'utf8');
		const signed = signCall(config, call.callbackUrl, body, options.signing);
		const about = { callbackUrl: call.callbackUrl, hookIds: call.hooks.map((hook) => hook.hookId), events: call.events, signature: signed.signature };
		const copies = Array.from({ length: Math.max(1, options.copies ?? 1) }, (_, index) => index + 1);
		const sent = await Promise.all(copies.map(async (copy) => ({ ...about, copy, ...(await send(signed.url, signed.init)) })));
		results.push(...sent);
		if (options.replay) results.push({ ...about, copy: copies.length + 1, ...(await send(signed.url, signed.init)) });
	}
	return results;
}

/** Calls each subscription's ping URL (all, or those of `hookIds`). */
export async function pingHooks(store: CegidStore, config: CegidConfig, hookIds?: string[]): Promise<Array<{ hookId: string; pingUrl: string; status: number; error?: string }>> {
	const hooks = [...store.webhooks.values()].filter((hook) => !hookIds || hookIds.includes(hook.hookId));
	const results = [];
	for (const hook of hooks) {
		const outcome = await send(hook.pingUrl, { method: config.pingMethod });
		results.push({ hookId: hook.hookId, pingUrl: hook.pingUrl, ...outcome });
	}
	return results;
}

/** The signed request for one call, ready to be sent (possibly more than once). */
function signCall(config: CegidConfig, callbackUrl: string, body: Buffer, signing: Signing): { url: string; signature?: string; init: RequestInit } {
	const signed = signDelivery(config, callbackUrl, body, signing, Date.now(), randomBytes(8).toString('hex'));
	const sent = signing === 'tampered' ? Buffer.from(body.toString('utf8').replace('{', '{"injected":true,')) : body;
	return { url: signed.url, signature: signed.signature, init: { method: 'POST', headers: signed.headers, body: sent } };
}

async function send(url: string, init: RequestInit): Promise<{ status: number; error?: string; answer?: string }> {
	try {
		const response = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) });
		return { status: response.status, answer: (await response.text()).slice(0, 500) };
	} catch (error) {
		return { status: 0, error: error instanceof Error ? error.message : String(error) };
	}
}
