import { createHash } from 'crypto';

import { verifyHmac } from '../../shared/webhookSignature';

export interface SignedDelivery {
	/** The path Cegid called: that of the callback URL the trigger subscribed. */
	path: string;
	/** The query as n8n parsed it, in order; a `+` sent unencoded arrives as a space. */
	query: Record<string, unknown>;
	/** Header names in lower case, as Node.js gives them. */
	headers: Record<string, string | string[] | undefined>;
	rawBody: Buffer;
}

export interface SigningCredentials {
	clientId: string;
	clientSecret: string;
}

/** A valid call also tells what identifies it (its signature, which covers everything signed) and until when it is valid. */
export type SignatureVerdict = { valid: true; signature: string; expiresAt: number } | { valid: false; reason: string };

const SIGNED_HEADER_PREFIX = 'x-ts-rec-';
const EXPIRES_HEADER = 'x-ts-rec-expires';

/**
 * Checks a Cegid webhook call: query `client_id` + `signature`, header `X-TS-REC-Expires`, and an
 * HMAC-SHA1 (keyed with the client secret, base64) over
 * `POST\n{Content-MD5}\n{Content-Type}\n{expires}\n{x-ts-rec-* headers}{path}?{query without signature}`.
 * The body is covered through Content-MD5, which must then match the raw body.
 */
export function verifyDeliverySignature(
	delivery: SignedDelivery,
	credentials: SigningCredentials,
	nowSeconds: number,
): SignatureVerdict {
	const signature = text(delivery.query.signature)?.replace(/ /g, '+').trim();
	if (!signature) return { valid: false, reason: 'the call is not signed' };
	if (text(delivery.query.client_id) !== credentials.clientId) return { valid: false, reason: 'client_id does not match the credential' };

	const expires = header(delivery.headers, EXPIRES_HEADER);
	if (expires === undefined || !/^\d+$/.test(expires.trim())) return { valid: false, reason: 'X-TS-REC-Expires is missing or not a time' };
	if (nowSeconds > Number(expires.trim())) return { valid: false, reason: 'the signature has expired' };

	const contentMd5 = header(delivery.headers, 'content-md5') ?? '';
	if (contentMd5 !== '' && createHash('md5').update(delivery.rawBody).digest('base64') !== contentMd5.trim()) {
		return { valid: false, reason: 'the body does not match its Content-MD5' };
	}

	const signed = verifyHmac({
		algorithm: 'sha1',
		secret: credentials.clientSecret,
		payload: stringToSign(delivery, contentMd5, expires),
		encoding: 'base64',
		received: signature,
	});
	return signed ? { valid: true, signature, expiresAt: Number(expires.trim()) } : { valid: false, reason: 'the signature does not match' };
}

export function stringToSign(delivery: SignedDelivery, contentMd5: string, expires: string): string {
	const contentType = header(delivery.headers, 'content-type') ?? '';
	return `POST\n${contentMd5}\n${contentType}\n${expires}\n${canonicalHeaders(delivery.headers)}${canonicalResource(delivery)}`;
}

function canonicalHeaders(headers: SignedDelivery['headers']): string {
	return Object.keys(headers)
		.map((name) => name.toLowerCase())
		.filter((name) => name.startsWith(SIGNED_HEADER_PREFIX))
		.sort()
		.map((name) => `${name}:${(header(headers, name) ?? '').trim()}\n`)
		.join('');
}

function canonicalResource(delivery: SignedDelivery): string {
	const pairs: string[] = [];
	for (const [name, value] of Object.entries(delivery.query)) {
		if (name === 'signature') continue;
		for (const single of Array.isArray(value) ? value : [value]) pairs.push(`${formEncode(name)}=${formEncode(String(single ?? ''))}`);
	}
	return pairs.length > 0 ? `${delivery.path}?${pairs.join('&')}` : delivery.path;
}

/** application/x-www-form-urlencoded, as the signer encodes the query: only A-Z a-z 0-9 _ . - ~ stay as they are. */
function formEncode(value: string): string {
	return encodeURIComponent(value)
		.replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)
		.replace(/%20/g, '+');
}

function header(headers: SignedDelivery['headers'], name: string): string | undefined {
	const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
	const value = key === undefined ? undefined : headers[key];
	return Array.isArray(value) ? value.join(',') : value;
}

function text(value: unknown): string | undefined {
	return typeof value === 'string' ? value : undefined;
}
