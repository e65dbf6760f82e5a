import { randomBytes } from 'node:crypto';

import { json } from '../../core/reply';
import type { Handler } from '../../core/router';
import type { CegidContext } from '../context';
import { EVENT_NAME } from '../delivery/events';
import type { WebhookRecord } from '../store';
import { invalid, notFound } from '../responses';
import { jsonObjectBody } from './jsonInput';

function absoluteUrl(value: unknown): boolean {
	if (typeof value !== 'string') return false;
	try {
		const url = new URL(value);
		return url.protocol === 'http:' || url.protocol === 'https:';
	} catch {
		return false;
	}
}

function represent(hook: WebhookRecord) {
	return { hookId: hook.hookId, event: hook.event, callbackUrl: hook.callbackUrl, pingUrl: hook.pingUrl };
}

/** `POST /api/system/v1/webhooks`: one subscription per call (a repeated call makes another one). */
export function createWebhookHandler(ctx: CegidContext): Handler {
	return (req) => {
		const body = jsonObjectBody(req);
		if (typeof body.event !== 'string' || !EVENT_NAME.test(body.event)) {
			throw invalid('event', 'must be an event name: lower-case letters, digits and underscores, e.g. vacancy_new');
		}
		if (!absoluteUrl(body.callbackUrl)) throw invalid('callbackUrl', 'must be an absolute http(s) URL');
		if (!absoluteUrl(body.pingUrl)) throw invalid('pingUrl', 'must be an absolute http(s) URL');
		const store = ctx.store();
		const hookId = `${store.nextHookNumber++}${randomBytes(6).toString('hex')}`;
		store.webhooks.set(hookId, {
			hookId,
			event: body.event,
			callbackUrl: body.callbackUrl as string,
			pingUrl: body.pingUrl as string,
			createdAt: new Date().toISOString(),
		});
		return json(200, ctx.config().hookIdEnvelope ? { data: { hookId } } : { hookId });
	};
}

/** Not published by Cegid: the client's subscriptions as `{"data": [...]}`. */
export function listWebhooksHandler(ctx: CegidContext): Handler {
	return () => json(200, { data: [...ctx.store().webhooks.values()].map(represent) });
}

export function deleteWebhookHandler(ctx: CegidContext): Handler {
	return (req) => {
		if (!ctx.store().webhooks.delete(req.params.hookId)) throw notFound(`No webhook subscription "${req.params.hookId}".`);
		return json(200, undefined);
	};
}
