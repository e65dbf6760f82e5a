import type { IDataObject } from 'n8n-workflow';

import { isObject } from '../transport/asList';

/**
 * The events of one delivery. Cegid batches deliveries (every 15 minutes by default), so a body may
 * be one event object or an array of them (the batch's shape is assumed; `{events: [...]}` is also read).
 */
export function eventsOfDelivery(rawBody: Buffer, parsedBody: unknown): IDataObject[] {
	const body = rawBody.length > 0 ? parseJson(rawBody) : parsedBody;
	const list = Array.isArray(body) ? body : isObject(body) && Array.isArray(body.events) ? body.events : [body];
	return list.filter(isObject);
}

/**
 * The event's type, or '' when it has none that is text: any other value (an object, whose `toString`
 * may not even be callable) matches no subscribed event, so the event is left out of the run.
 */
export function eventTypeOf(event: IDataObject): string {
	const type = event.event_type ?? event.eventType ?? event.event;
	return typeof type === 'string' ? type : '';
}

/** A field read as an id: text, or a finite number as text; anything else is undefined. */
export function idField(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return undefined;
}

function parseJson(rawBody: Buffer): unknown {
	try {
		return JSON.parse(rawBody.toString('utf8'));
	} catch {
		return undefined;
	}
}
