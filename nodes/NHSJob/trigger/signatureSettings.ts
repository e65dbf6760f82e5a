import type { IWebhookFunctions, INodeProperties } from 'n8n-workflow';

import type { HmacAlgorithm, SignatureEncoding } from '../../shared/webhookSignature';

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
			description: 'The HMAC algorithm NHSJob signs with',
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
			description: 'How the signature is written in its header',
		},
		{
			displayName: 'Event ID Header',
			name: 'eventIdHeader',
			type: 'string',
			default: 'X-NHSJob-Event-Id',
			description: 'Header carrying the event ID used to recognise repeated deliveries; when absent, the "ID" field of the body is used',
		},
		{
			displayName: 'Replay Window (Seconds)',
			name: 'replayWindowSeconds',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 300,
			description: 'How old (or how far in the future) a delivery’s timestamp may be, and how long an event ID is remembered to ignore repeats',
		},
		{
			displayName: 'Signature Header',
			name: 'signatureHeader',
			type: 'string',
			default: 'X-NHSJob-Signature',
			description: 'Header carrying the signature',
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
	return {
		signatureHeader: text(options.signatureHeader, defaults.signatureHeader) || defaults.signatureHeader,
		algorithm: options.algorithm ?? defaults.algorithm,
		encoding: options.encoding ?? defaults.encoding,
		signaturePrefix: text(options.signaturePrefix, defaults.signaturePrefix),
		timestampHeader: text(options.timestampHeader, defaults.timestampHeader),
		signedContent: options.signedContent ?? defaults.signedContent,
		replayWindowSeconds: Number.isFinite(window) && window > 0 ? window : defaults.replayWindowSeconds,
		eventIdHeader: text(options.eventIdHeader, defaults.eventIdHeader),
	};
}
