import type { IDataObject } from 'n8n-workflow';

import { isObject } from '../resources/asList';

/**
 * The events of one delivery. Cegid batches deliveries (every 15 minutes by default), so a body may
 * be one event object or an array of them (the batch's shape is assumed; `{events: [...]}` is also read).
 */
export function eventsOfDelivery(rawBody: Buffer, parsedBody: unknown): IDataObject[] {
	const body = rawBody.length > 0 ? parseJson(rawBody) : parsedBody;
	const list = Array.isArray(body) ? body : isObject(body) && Array.isArray(body.events) ? body.events : [body];
	return list.filter(isObject);
}

export function eventTypeOf(event: IDataObject): string {
	return String(event.event_type ?? event.eventType ?? event.event ?? '');
}

function parseJson(rawBody: Buffer): unknown {
	try {
		return JSON.parse(rawBody.toString('utf8'));
	} catch {
		return undefined;
	}
}
