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
}

export interface DeliveryOptions {
	/** One call per callback URL carrying all its events as a JSON array (Cegid batches every 15 minutes), or one call per event. */
	readonly batch: boolean;
	readonly signing: Signing;
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
		results.push({ ...(await post(config, call.callbackUrl, body, options.signing)), hookIds: call.hooks.map((hook) => hook.hookId), events: call.events });
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

async function post(
	config: CegidConfig,
	callbackUrl: string,
	body: Buffer,
	signing: Signing,
): Promise<{ callbackUrl: string; status: number; error?: string; signature?: string }> {
	const signed = signDelivery(config, callbackUrl, body, signing, Date.now(), randomBytes(8).toString('hex'));
	const sent = signing === 'tampered' ? Buffer.from(body.toString('utf8').replace('{', '{"injected":true,')) : body;
	return { callbackUrl, signature: signed.signature, ...(await send(signed.url, { method: 'POST', headers: signed.headers, body: sent })) };
}

async function send(url: string, init: RequestInit): Promise<{ status: number; error?: string; answer?: string }> {
	try {
		const response = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) });
		return { status: response.status, answer: (await response.text()).slice(0, 500) };
	} catch (error) {
		return { status: 0, error: error instanceof Error ? error.message : String(error) };
	}
}
