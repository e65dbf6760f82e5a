import type { IDataObject } from 'n8n-workflow';

import { headerValue, type Headers } from './verifyDelivery';
import type { SignatureSettings } from './signatureSettings';

export interface DeliveredEvent {
	type: string;
	/** Undefined when neither the header nor the body carries one: such events are never deduplicated. */
	eventId?: string;
	data: unknown;
}

/**
 * The events in a verified body: one `{type, data}` object as NHSJob documents, or an array of
 * them. Returns undefined when the body is not that shape.
 */
export function readEvents(rawBody: Buffer, headers: Headers, settings: SignatureSettings): DeliveredEvent[] | undefined {
	let parsed: unknown;
	try {
		parsed = JSON.parse(rawBody.toString('utf8'));
	} catch {
		return undefined;
	}
	const single = !Array.isArray(parsed);
	const entries = single ? [parsed] : (parsed as unknown[]);
	const events: DeliveredEvent[] = [];
	for (const entry of entries) {
		if (typeof entry !== 'object' || entry === null || typeof (entry as IDataObject).type !== 'string') return undefined;
		const event = entry as IDataObject;
		const headerId = single ? headerValue(headers, settings.eventIdHeader)?.trim() : undefined;
		const bodyId = typeof event.id === 'string' || typeof event.id === 'number' ? String(event.id) : undefined;
		events.push({ type: String(event.type), eventId: headerId || bodyId, data: event.data ?? null });
	}
	return events;
}

/** The delivery headers worth keeping with each event: NHSJob's own, the event ID and timestamp, and the sender. */
export function relevantHeaders(headers: Headers, settings: SignatureSettings): IDataObject {
	const keep = new Set(
		['user-agent', 'content-type', settings.eventIdHeader, settings.timestampHeader].filter(Boolean).map((name) => name.toLowerCase()),
	);
	const signature = settings.signatureHeader.toLowerCase();
	const result: IDataObject = {};
	for (const [name, value] of Object.entries(headers)) {
		const key = name.toLowerCase();
		if (key === signature || value === undefined) continue;
		if (keep.has(key) || key.startsWith('x-nhsjob-')) result[key] = Array.isArray(value) ? value.join(', ') : value;
	}
	return result;
}
