import type { IDataObject, INodeExecutionData, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { ApiClient } from '../../shared/transport/apiClient';
import { DeliveryMemory, deliveryDigest } from '../../shared/deliveryMemory';
import { refuseDelivery } from '../../shared/refusedDelivery';
import { acceptDelivery, answerAccepted, startRun } from '../../shared/webhookAnswer';
import { cegid } from '../cegid.api';
import type { AttachmentChoice } from '../transport/attachmentType';
import { eventTypeOf, eventsOfDelivery } from './deliveryEvents';
import { type SignatureVerdict, type SigningCredentials, verifyDeliverySignature } from './deliverySignature';
import { withFullRecords } from './fullRecord';
import { selectedEvents } from './selectedEvents';

/** Pings are health checks: they answer 200 and start nothing. */
export function answerPing(context: IWebhookFunctions): IWebhookResponseData {
	context.getResponseObject().status(200).json({ status: 'ok' });
	return { noWebhookResponse: true };
}

/**
 * One delivery from Cegid: refused with 401 unless its signature holds (the refusal is logged, and shown as an item
 * when the editor listens for a test event), then one item per selected event it carries, answered with
 * `{"received": true}`. With Fetch Full Record, the answer goes out first and the export follows, so Cegid never
 * waits for it (and never times out and delivers again).
 */
export async function receiveDelivery(context: IWebhookFunctions): Promise<IWebhookResponseData> {
	const request = context.getRequestObject();
	const response = context.getResponseObject();
	const credentials = await context.getCredentials(cegid.credentialType);
	const rawBody = rawBodyOf(request);
	const signing = { clientId: String(credentials.clientId ?? ''), clientSecret: String(credentials.clientSecret ?? '') };
	const verdict = verifyAtPaths(context, rawBody, signing);
	if (!verdict.valid) {
		return refuseDelivery(context, {
			status: 401,
			reason: verdict.reason,
			body: { error: 'Unauthorized', reason: verdict.reason },
			secrets: [signing.clientSecret],
		});
	}

	const selected = new Set(selectedEvents(context));
	const delivered = eventsOfDelivery(rawBody, context.getBodyData());
	const events = delivered.filter((event) => selected.has(eventTypeOf(event)));
	const untyped = delivered.filter((event) => eventTypeOf(event) === '').length;
	if (untyped > 0) {
		// A signed batch is still accepted: only the events whose type is not text are left out, and said so.
		context.logger.warn(`Cegid delivery: ${untyped} of ${delivered.length} event(s) left out, since their event_type is missing or not text`);
	}
	if (events.length === 0) {
		response.status(200).json({ status: 'ignored', reason: 'no subscribed event in this delivery' });
		return { noWebhookResponse: true };
	}

	// Cegid's events carry no id, and two genuine deliveries may carry the same body: a delivery is recognised by its
	// signature, which covers the body (Content-MD5), the expiry and the URL, and is remembered while it is valid.
	const memory = new DeliveryMemory(context);
	const key = deliveryDigest('cegid-signature', verdict.signature);
	if (!memory.claim(key, Date.now(), (verdict.expiresAt + 1) * 1000)) {
		response.status(200).json({ received: true, started: false, reason: 'already received' });
		return { noWebhookResponse: true };
	}
	if (!(context.getNodeParameter('fetchFullRecord', false) as boolean)) {
		return acceptDelivery(context, events.map((event: IDataObject) => ({ json: event })));
	}
	// The delivery is remembered (above) before this answer, so a copy arriving during the export is recognised.
	answerAccepted(context);
	return startRun(await eventsWithFullRecords(context, events));
}

/**
 * The events with their exported records. The delivery is already answered, so nothing may be lost here: an
 * unexpected failure is noted on every event as `fullRecordError` (withFullRecords notes the expected ones).
 */
async function eventsWithFullRecords(context: IWebhookFunctions, events: IDataObject[]): Promise<INodeExecutionData[]> {
	try {
		return await withFullRecords(new ApiClient(context, cegid), context.helpers, events, {
			attachments: context.getNodeParameter('attachments', 'none') as AttachmentChoice,
			binaryPrefix: (context.getNodeParameter('binaryPrefix', 'attachment') as string).trim() || 'attachment',
		});
	} catch (error) {
		const fullRecordError = error instanceof Error ? error.message : String(error);
		return events.map((event) => ({ json: { ...event, fullRecordError } }));
	}
}

/**
 * Cegid signs the path of the callback URL it was given, whatever a proxy in front of n8n makes of it: the
 * production URL. While the editor listens for a test event, Cegid was given the test URL, which n8n 2.8's webhook
 * context does not tell (newer versions do, through getWebhookResourceUrl); the path the call arrived at is then
 * tried as well.
 */
function verifyAtPaths(context: IWebhookFunctions, rawBody: Buffer, signing: SigningCredentials): SignatureVerdict {
	const request = context.getRequestObject();
	const pathOf = (url: string | undefined) => (url === undefined ? undefined : new URL(url, 'http://n8n.invalid').pathname);
	const resourceUrl = (context as { getWebhookResourceUrl?: (name: string) => string | undefined }).getWebhookResourceUrl;
	const paths = [pathOf(resourceUrl?.call(context, 'default') ?? context.getNodeWebhookUrl('default')) ?? request.path];
	if (context.getMode() === 'manual' && !paths.includes(request.path)) paths.push(request.path);
	let verdict: SignatureVerdict = { valid: false, reason: 'the call is not signed' };
	for (const path of paths) {
		verdict = verifyDeliverySignature(
			{
				path,
				query: context.getQueryData() as Record<string, unknown>,
				headers: context.getHeaderData() as Record<string, string | string[] | undefined>,
				rawBody,
			},
			signing,
			Math.floor(Date.now() / 1000),
		);
		if (verdict.valid) return verdict;
	}
	return verdict;
}

/** n8n keeps the bytes as received on the request; the signature covers them, not a re-serialised body. */
function rawBodyOf(request: object): Buffer {
	const raw = (request as { rawBody?: unknown }).rawBody;
	return Buffer.isBuffer(raw) ? raw : Buffer.alloc(0);
}
