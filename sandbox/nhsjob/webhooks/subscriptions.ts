import { randomBytes } from 'node:crypto';

import { HttpError } from '../../core/httpError';

export const EVENT_TYPES = ['job.created', 'job.updated', 'job.closed', 'application.submitted', 'application.status_changed'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** How deliveries are signed. NHSJob publishes none of it; these are the sandbox's defaults. */
export interface SigningOptions {
	readonly signatureHeader: string;
	readonly algorithm: 'sha1' | 'sha256' | 'sha512';
	readonly encoding: 'hex' | 'base64';
	/** Written before the digest, e.g. "sha256=". */
	readonly prefix: string;
	readonly timestampHeader: string;
	/** What the HMAC covers: the raw body, or `<timestamp>.<raw body>`. */
	readonly signedContent: 'body' | 'timestampAndBody';
	readonly eventIdHeader: string;
}

export const DEFAULT_SIGNING: SigningOptions = {
	signatureHeader: 'X-NHSJob-Signature',
	algorithm: 'sha256',
	encoding: 'hex',
	prefix: '',
	timestampHeader: 'X-NHSJob-Timestamp',
	signedContent: 'body',
	eventIdHeader: 'X-NHSJob-Event-Id',
};

/** A webhook as added in the dashboard: URL, events, and the generated secret. */
export interface Subscription {
	readonly id: string;
	readonly url: string;
	readonly events: EventType[];
	readonly secret: string;
	readonly signing: SigningOptions;
}

/** Reads a subscription from the control API; throws HttpError 400 naming the bad field. */
export function parseSubscription(input: unknown, id: string): Subscription {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) throw bad('the body must be an object');
	const body = input as Record<string, unknown>;
	if (typeof body.url !== 'string' || !/^https?:\/\//.test(body.url)) throw bad('url must be an absolute http(s) URL');
	const events = body.events ?? [...EVENT_TYPES];
	if (!Array.isArray(events) || events.length === 0 || !events.every((event) => (EVENT_TYPES as readonly unknown[]).includes(event))) {
		throw bad(`events must be a non-empty array of ${EVENT_TYPES.join(', ')}`);
	}
	if (body.secret !== undefined && (typeof body.secret !== 'string' || body.secret === '')) throw bad('secret must be a non-empty string');
	return {
		id,
		url: body.url,
		events: events as EventType[],
		secret: typeof body.secret === 'string' ? body.secret : `whsec_${randomBytes(24).toString('hex')}`,
		signing: parseSigning(body.signing),
	};
}

function parseSigning(input: unknown): SigningOptions {
	if (input === undefined) return DEFAULT_SIGNING;
	if (typeof input !== 'object' || input === null || Array.isArray(input)) throw bad('signing must be an object');
	const merged: Record<string, unknown> = { ...DEFAULT_SIGNING };
	for (const [key, value] of Object.entries(input)) {
		if (!(key in DEFAULT_SIGNING)) throw bad(`unknown signing option "${key}"`);
		if (typeof value !== 'string') throw bad(`signing.${key} must be a string`);
		merged[key] = value;
	}
	const signing = merged as unknown as SigningOptions;
	if (!['sha1', 'sha256', 'sha512'].includes(signing.algorithm)) throw bad('signing.algorithm must be sha1, sha256 or sha512');
	if (!['hex', 'base64'].includes(signing.encoding)) throw bad('signing.encoding must be hex or base64');
	if (!['body', 'timestampAndBody'].includes(signing.signedContent)) throw bad('signing.signedContent must be body or timestampAndBody');
	if (!signing.signatureHeader || !signing.timestampHeader || !signing.eventIdHeader) throw bad('header names must not be empty');
	return signing;
}

function bad(message: string): HttpError {
	return new HttpError(400, { error: `Invalid webhook: ${message}.` });
}
