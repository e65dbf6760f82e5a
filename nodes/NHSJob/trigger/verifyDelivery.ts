import { verifyHmac } from '../../shared/webhookSignature';
import type { SignatureSettings } from './signatureSettings';
import { parseTimestamp } from './timestamp';

export type Headers = Record<string, string | string[] | undefined>;

export type Verdict = { ok: true } | { ok: false; reason: string };

/** One header's value; header names are matched without regard to case. */
export function headerValue(headers: Headers, name: string): string | undefined {
	const wanted = name.toLowerCase();
	for (const [key, value] of Object.entries(headers)) {
		if (key.toLowerCase() === wanted) return Array.isArray(value) ? value[0] : value;
	}
	return undefined;
}

/**
 * Whether a delivery comes from NHSJob: a signature over the raw body (and the timestamp, when so
 * configured) made with the webhook secret, and, with a timestamp header, signed within the
 * replay window.
 */
export function verifyDelivery(rawBody: Buffer, headers: Headers, secret: string, settings: SignatureSettings, now: number): Verdict {
	const received = headerValue(headers, settings.signatureHeader);
	if (!received) return { ok: false, reason: `The ${settings.signatureHeader} header is missing` };

	if (settings.signedContent === 'timestampAndBody' && !settings.timestampHeader) {
		return { ok: false, reason: 'Signed Content includes the timestamp but no Timestamp Header is set in the trigger' };
	}
	let timestamp: string | undefined;
	if (settings.timestampHeader) {
		const header = settings.timestampHeader;
		timestamp = headerValue(headers, header)?.trim();
		if (!timestamp) return { ok: false, reason: `The ${header} header is missing` };
		const signedAt = parseTimestamp(timestamp);
		if (signedAt === undefined) return { ok: false, reason: `The ${header} header is not a time` };
		if (Math.abs(now - signedAt) > settings.replayWindowSeconds * 1000) {
			return { ok: false, reason: `The delivery is outside the ${settings.replayWindowSeconds}-second replay window` };
		}
	}

	const payload = settings.signedContent === 'timestampAndBody' ? Buffer.concat([Buffer.from(`${timestamp}.`), rawBody]) : rawBody;
	const valid = verifyHmac({
		algorithm: settings.algorithm,
		encoding: settings.encoding,
		secret,
		payload,
		received,
		prefix: settings.signaturePrefix || undefined,
	});
	return valid ? { ok: true } : { ok: false, reason: 'The signature does not match the body' };
}
