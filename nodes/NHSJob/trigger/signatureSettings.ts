import type { IWebhookFunctions, INodeProperties } from 'n8n-workflow';

import type { HmacAlgorithm, SignatureEncoding } from '../../shared/webhookSignature';
import { DEFAULT_MAX_EVENT_AGE_SECONDS } from './eventAge';

/** How NHSJob signs deliveries. None of it is published; these defaults are our assumption. */
export interface SignatureSettings {
	signatureHeader: string;
	algorithm: HmacAlgorithm;
	encoding: SignatureEncoding;
	signaturePrefix: string;
	/** Empty: deliveries are not checked for age. */
	timestampHeader: string;
	signedContent: 'body' | 'timestampAndBody';
	replayWindowSeconds: number;
	/** Oldest event (by the time in its signed body) accepted; 0: no limit. */
	maxEventAgeSeconds: number;
	/** Shown in the output when the body has no `id`; never used to recognise repeats (headers are not signed). */
	eventIdHeader: string;
}

export const DEFAULT_SIGNATURE_SETTINGS: SignatureSettings = {
	signatureHeader: 'X-NHSJob-Signature',
	algorithm: 'sha256',
	encoding: 'hex',
	signaturePrefix: '',
	timestampHeader: '',
	signedContent: 'body',
	replayWindowSeconds: 300,
	maxEventAgeSeconds: DEFAULT_MAX_EVENT_AGE_SECONDS,
	eventIdHeader: 'X-NHSJob-Event-Id',
};

const defaults = DEFAULT_SIGNATURE_SETTINGS;

export const signatureOptionsProperty: INodeProperties = {
	displayName: 'Signature Options',
	name: 'signature',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	description: 'How NHSJob signs its deliveries. NHSJob does not publish this; change these if its dashboard says otherwise.',
	hint: 'Assumed (NHSJob does not publish them): the signature header, the algorithm and encoding, and the body fields giving the event’s time. A refused delivery is logged with its reason, and shown as an item when you listen for a test event.',
	options: [
		{
			displayName: 'Algorithm',
			name: 'algorithm',
			type: 'options',
			options: [
				{ name: 'HMAC-SHA1', value: 'sha1' },
				{ name: 'HMAC-SHA256', value: 'sha256' },
				{ name: 'HMAC-SHA512', value: 'sha512' },
			],
			default: 'sha256',
			description: 'The HMAC algorithm NHSJob signs with. Assumed: not published by NHSJob.',
		},
		{
			displayName: 'Encoding',
			name: 'encoding',
			type: 'options',
			options: [
				{ name: 'Hex', value: 'hex' },
				{ name: 'Base64', value: 'base64' },
			],
			default: 'hex',
			description: 'How the signature is written in its header. Assumed: not published by NHSJob.',
		},
		{
			displayName: 'Event ID Header',
			name: 'eventIdHeader',
			type: 'string',
			default: 'X-NHSJob-Event-Id',
			description:
				'Header carrying NHSJob’s event ID, shown as eventId when the body has no "ID" field. Repeats are recognised by what the signature covers (the body’s ID, else the whole body), never by this unsigned header.',
		},
		{
			displayName: 'Maximum Event Age (Seconds)',
			name: 'maxEventAgeSeconds',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: DEFAULT_MAX_EVENT_AGE_SECONDS,
			description:
				'A delivery whose signed body dates its event longer ago than this is refused, so an old captured delivery cannot start the workflow again. The time is read from created_at, else createdAt, occurred_at or timestamp: these names are assumed (NHSJob documents only type and data). Deliveries are remembered this long to ignore repeats. 0 turns the age check off.',
		},
		{
			displayName: 'Replay Window (Seconds)',
			name: 'replayWindowSeconds',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 300,
			description: 'How old (or how far in the future) a delivery’s Timestamp Header may be; also the allowance for clock differences',
		},
		{
			displayName: 'Signature Header',
			name: 'signatureHeader',
			type: 'string',
			default: 'X-NHSJob-Signature',
			description: 'Header carrying the signature. Assumed: NHSJob does not publish its name; a refused test event lists the headers that arrived.',
		},
		{
			displayName: 'Signature Prefix',
			name: 'signaturePrefix',
			type: 'string',
			default: '',
			placeholder: 'sha256=',
			description: 'Text before the signature in its header, such as "sha256=", if NHSJob adds one',
		},
		{
			displayName: 'Signed Content',
			name: 'signedContent',
			type: 'options',
			options: [
				{ name: 'Body', value: 'body', description: 'The HMAC of the raw request body' },
				{
					name: 'Timestamp + "." + Body',
					value: 'timestampAndBody',
					description: 'The HMAC of the timestamp header’s value, a dot and the raw body; needs Timestamp Header',
				},
			],
			default: 'body',
			description: 'What the signature covers. When the timestamp is signed too, a captured delivery cannot be replayed with a new timestamp.',
		},
		{
			displayName: 'Timestamp Header',
			name: 'timestampHeader',
			type: 'string',
			default: '',
			placeholder: 'X-NHSJob-Timestamp',
			description: 'Header with the time the delivery was signed (Unix seconds, milliseconds or ISO 8601). When set, older or future deliveries outside the replay window are refused.',
		},
	],
};

export function readSignatureSettings(context: IWebhookFunctions): SignatureSettings {
	const options = context.getNodeParameter('signature', {}) as Partial<SignatureSettings>;
	const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value.trim() : fallback);
	const window = Number(options.replayWindowSeconds);
	const maxAge = options.maxEventAgeSeconds === undefined ? defaults.maxEventAgeSeconds : Number(options.maxEventAgeSeconds);
	return {
		signatureHeader: text(options.signatureHeader, defaults.signatureHeader) || defaults.signatureHeader,
		algorithm: options.algorithm ?? defaults.algorithm,
		encoding: options.encoding ?? defaults.encoding,
		signaturePrefix: text(options.signaturePrefix, defaults.signaturePrefix),
		timestampHeader: text(options.timestampHeader, defaults.timestampHeader),
		signedContent: options.signedContent ?? defaults.signedContent,
		replayWindowSeconds: Number.isFinite(window) && window > 0 ? window : defaults.replayWindowSeconds,
		maxEventAgeSeconds: Number.isFinite(maxAge) && maxAge >= 0 ? maxAge : defaults.maxEventAgeSeconds,
		eventIdHeader: text(options.eventIdHeader, defaults.eventIdHeader),
	};
}
