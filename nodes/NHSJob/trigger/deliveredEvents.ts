import type { IDataObject } from 'n8n-workflow';

import { headerValue, type Headers } from './verifyDelivery';
import type { SignatureSettings } from './signatureSettings';
import { parseTimestamp } from './timestamp';

/**
 * Fields of a body event that may carry the time it happened, first found wins. NHSJob documents only `{type, data}`;
 * these names are our assumption (the sandbox sends `created_at`). They are inside the signed body, so unlike a
 * header they cannot be refreshed by someone replaying a captured delivery.
 */
export const SIGNED_TIME_FIELDS = ['created_at', 'createdAt', 'occurred_at', 'timestamp'] as const;

export interface DeliveredEvent {
	type: string;
	/** The event's own `id` from the signed body, when it has one. */
	bodyId?: string;
	/** For the output only: the body's `id`, else the Event ID Header (unsigned, so never used to recognise repeats). */
	eventId?: string;
	/** When the event happened according to the signed body (epoch ms), when it says so. */
	signedAt?: number;
	/** A time field of the signed body whose value is no time (e.g. "yesterday"): the event's age cannot be checked. */
	unreadableTime?: { field: string; value: string };
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
		events.push({ type: String(event.type), bodyId, eventId: bodyId ?? (headerId || undefined), ...signedTimeOf(event), data: event.data ?? null });
	}
	return events;
}

/**
 * The first time field the body has (null counts as absent): an ISO 8601 date, or Unix seconds or milliseconds as a
 * number or a string of digits. Any other value is reported as unreadable, never skipped.
 */
function signedTimeOf(event: IDataObject): Pick<DeliveredEvent, 'signedAt' | 'unreadableTime'> {
	for (const field of SIGNED_TIME_FIELDS) {
		const value = event[field];
		if (value === undefined || value === null) continue;
		const signedAt = typeof value === 'number' ? epochMs(value) : typeof value === 'string' ? parseTimestamp(value) : undefined;
		if (signedAt !== undefined && Number.isFinite(signedAt)) return { signedAt };
		return { unreadableTime: { field, value: typeof value === 'string' ? value : JSON.stringify(value) } };
	}
	return {};
}

/** A number of Unix seconds, or milliseconds from 13 digits on (as `parseTimestamp` reads digits). */
function epochMs(value: number): number | undefined {
	if (!Number.isFinite(value) || value < 0) return undefined;
	return value >= 1e12 ? value : value * 1000;
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
