import type { IDataObject, INodeExecutionData, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { ApiClient } from '../../shared/transport/apiClient';
import { DeliveryMemory, deliveryDigest } from '../../shared/deliveryMemory';
import { acceptDelivery } from '../../shared/webhookAnswer';
import { cegid } from '../cegid.api';
import type { AttachmentChoice } from '../resources/candidate/attachmentOptions';
import { eventTypeOf, eventsOfDelivery } from './deliveryEvents';
import { verifyDeliverySignature } from './deliverySignature';
import { withFullRecords } from './fullRecord';

/** Pings are health checks: they answer 200 and start nothing. */
export function answerPing(context: IWebhookFunctions): IWebhookResponseData {
	context.getResponseObject().status(200).json({ status: 'ok' });
	return { noWebhookResponse: true };
}

/**
 * One delivery from Cegid: refused with 401 unless its signature holds, then one item per selected
 * event it carries (optionally with the full exported record), answered with `{"received": true}`.
 */
export async function receiveDelivery(context: IWebhookFunctions): Promise<IWebhookResponseData> {
	const request = context.getRequestObject();
	const response = context.getResponseObject();
	const credentials = await context.getCredentials(cegid.credentialType);
	const rawBody = rawBodyOf(request);
	const verdict = verifyDeliverySignature(
		{
			// Cegid signs the path of the URL it was given, whatever a proxy in front of n8n makes of it.
			path: new URL(context.getNodeWebhookUrl('default') ?? request.path, 'http://n8n.invalid').pathname,
			query: context.getQueryData() as Record<string, unknown>,
			headers: context.getHeaderData() as Record<string, string | string[] | undefined>,
			rawBody,
		},
		{ clientId: String(credentials.clientId ?? ''), clientSecret: String(credentials.clientSecret ?? '') },
		Math.floor(Date.now() / 1000),
	);
	if (!verdict.valid) {
		response.status(401).json({ error: 'Unauthorized', reason: verdict.reason });
		return { noWebhookResponse: true };
	}

	const selected = new Set(context.getNodeParameter('events', []) as string[]);
	const events = eventsOfDelivery(rawBody, context.getBodyData()).filter((event) => selected.has(eventTypeOf(event)));
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
	let items: INodeExecutionData[] | undefined;
	try {
		items = await withFullRecords(new ApiClient(context, cegid), context.helpers, events, {
			attachments: context.getNodeParameter('attachments', 'none') as AttachmentChoice,
			binaryPrefix: (context.getNodeParameter('binaryPrefix', 'attachment') as string).trim() || 'attachment',
		});
	} finally {
		// Nothing was started: Cegid's retry of this delivery must not count as a repeat.
		if (items === undefined) memory.release(key);
	}
	return acceptDelivery(context, items);
}

/** n8n keeps the bytes as received on the request; the signature covers them, not a re-serialised body. */
function rawBodyOf(request: object): Buffer {
	const raw = (request as { rawBody?: unknown }).rawBody;
	return Buffer.isBuffer(raw) ? raw : Buffer.alloc(0);
}
