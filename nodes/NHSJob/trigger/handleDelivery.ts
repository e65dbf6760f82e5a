import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { acceptDelivery } from '../../shared/webhookAnswer';
import { readEvents, relevantHeaders } from './deliveredEvents';
import { RecentEvents } from './recentEvents';
import { answerWithoutRun } from './respond';
import { readSignatureSettings } from './signatureSettings';
import { verifyDelivery, type Headers } from './verifyDelivery';

/**
 * One delivery: refuse it (401) unless signed with the webhook secret and recent; acknowledge
 * repeats and unselected events without a run; otherwise start the workflow with one item per event
 * and answer `{"received": true}`.
 */
export async function handleDelivery(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const request = this.getRequestObject();
	const headers = request.headers as Headers;
	const settings = readSignatureSettings(this);
	const { webhookSecret } = await this.getCredentials('nhsJobWebhookApi');
	const rawBody = Buffer.isBuffer(request.rawBody) ? request.rawBody : Buffer.alloc(0);
	const now = Date.now();

	const verdict = verifyDelivery(rawBody, headers, String(webhookSecret ?? ''), settings, now);
	if (!verdict.ok) return answerWithoutRun(this, 401, { error: 'Unauthorized', message: verdict.reason });

	const events = readEvents(rawBody, headers, settings);
	if (!events) {
		return answerWithoutRun(this, 400, { error: 'Bad Request', message: 'The body is not an NHSJob event ({"type": ..., "data": ...})' });
	}

	const wanted = new Set(this.getNodeParameter('events', []) as string[]);
	const recent = new RecentEvents(this.getWorkflowStaticData('node'), settings.replayWindowSeconds * 1000);
	const kept = [];
	let repeated = 0;
	for (const event of events) {
		if (event.eventId && recent.hasSeen(event.eventId, now)) {
			repeated++;
			continue;
		}
		if (!wanted.has(event.type)) continue;
		if (event.eventId) recent.remember(event.eventId, now);
		kept.push(event);
	}
	if (kept.length === 0) {
		return answerWithoutRun(this, 200, { received: true, started: false, reason: repeated > 0 ? 'already received' : 'event not selected' });
	}

	const deliveryHeaders = relevantHeaders(headers, settings);
	const items = kept.map((event) => ({
		json: { type: event.type, eventId: event.eventId ?? null, data: event.data, headers: deliveryHeaders } as IDataObject,
	}));
	return acceptDelivery(this, items);
}
