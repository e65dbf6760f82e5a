import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { DeliveryMemory, deliveryDigest } from '../../shared/deliveryMemory';
import { refuseDelivery } from '../../shared/refusedDelivery';
import { acceptDelivery } from '../../shared/webhookAnswer';
import { type DeliveredEvent, readEvents, relevantHeaders } from './deliveredEvents';
import { checkEventAge, memoryMs } from './eventAge';
import { answerWithoutRun } from './respond';
import { readSignatureSettings } from './signatureSettings';
import { verifyDelivery, type Headers } from './verifyDelivery';

/**
 * One delivery: refuse it (401) unless signed with the webhook secret and recent (the refusal is logged, and shown
 * as an item when the editor listens for a test event); acknowledge
 * repeats and unselected events without a run; otherwise start the workflow with one item per event
 * and answer `{"received": true}`.
 */
export async function handleDelivery(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const request = this.getRequestObject();
	const headers = request.headers as Headers;
	const settings = readSignatureSettings(this);
	const secret = String((await this.getCredentials('nhsJobWebhookApi')).webhookSecret ?? '');
	const rawBody = Buffer.isBuffer(request.rawBody) ? request.rawBody : Buffer.alloc(0);
	const now = Date.now();
	const refuse = (status: number, error: string, reason: string) =>
		refuseDelivery(this, {
			status,
			reason,
			body: { error, message: reason },
			signatureHeaders: [settings.signatureHeader],
			shownHeaders: ['X-NHSJob-Event', settings.eventIdHeader, settings.timestampHeader].filter(Boolean),
			secrets: [secret],
		});

	const verdict = verifyDelivery(rawBody, headers, secret, settings, now);
	if (!verdict.ok) return refuse(401, 'Unauthorized', verdict.reason);

	const events = readEvents(rawBody, headers, settings);
	if (!events) return refuse(400, 'Bad Request', 'The body is not an NHSJob event ({"type": ..., "data": ...})');
	const age = checkEventAge(events, settings, now);
	if (!age.ok) return refuse(401, 'Unauthorized', age.reason);

	const wanted = new Set(this.getNodeParameter('events', []) as string[]);
	const memory = new DeliveryMemory(this);
	const rememberUntil = now + memoryMs(settings);
	const kept = [];
	let repeated = 0;
	for (const [index, event] of events.entries()) {
		if (!wanted.has(event.type)) continue;
		if (memory.claim(repeatKey(event, index, rawBody), now, rememberUntil)) kept.push(event);
		else repeated++;
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

/**
 * What recognises a repeat: only what the signature covers. The event's ID in the body, else the body itself (its
 * digest) and the event's place in it. A header, which anyone replaying a captured delivery can change, never counts.
 */
function repeatKey(event: DeliveredEvent, index: number, rawBody: Buffer): string {
	return event.bodyId !== undefined ? deliveryDigest('nhsjob-event-id', event.bodyId) : deliveryDigest('nhsjob-body', rawBody, String(index));
}
