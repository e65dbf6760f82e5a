import { createHash, createHmac } from 'node:crypto';

import type { CegidConfig } from '../config';

/** `tampered`: signed correctly, then the body is changed in transit (its Content-MD5 no longer matches). */
export type Signing = 'valid' | 'forged' | 'unsigned' | 'expired' | 'tampered';

export interface SignedCall {
	readonly url: string;
	readonly headers: Record<string, string>;
	/** The signature as computed, before URL encoding; undefined when unsigned. */
	readonly signature?: string;
}

const CONTENT_TYPE = 'application/json; charset=utf-8';

/** Form-encoding of query values as the signer does it (spaces as +, only A-Z a-z 0-9 _ . - ~ left as they are). */
function formEncode(value: string): string {
	return encodeURIComponent(value)
		.replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)
		.replace(/%20/g, '+');
}

/**
 * Signs a delivery the way Cegid does: `?client_id=…&signature=…` and `X-TS-REC-Expires`, the HMAC-SHA1
 * (client secret, base64) of `POST\n{Content-MD5}\n{Content-Type}\n{expires}\n{x-ts-rec-* headers}{path}?{query}`.
 * The signature's `+` is left unencoded unless configured otherwise, as Cegid sends it.
 */
export function signDelivery(config: CegidConfig, callbackUrl: string, body: Buffer, signing: Signing, nowMs: number, deliveryId: string): SignedCall {
	const url = new URL(callbackUrl);
	const query = [...url.searchParams.entries(), ['client_id', config.clientId]]
		.map(([name, value]) => `${formEncode(name)}=${formEncode(value)}`)
		.join('&');
	const expiresAt = Math.floor(nowMs / 1000) + (signing === 'expired' ? -60 : config.deliveryExpirySeconds);
	const headers: Record<string, string> = {
		'Content-Type': CONTENT_TYPE,
		'Content-MD5': createHash('md5').update(body).digest('base64'),
		'X-TS-REC-Expires': String(expiresAt),
		'X-TS-REC-Delivery-Id': deliveryId,
	};
	const signedHeaders = Object.entries(headers)
		.filter(([name]) => name.toLowerCase().startsWith('x-ts-rec-'))
		.map(([name, value]) => [name.toLowerCase(), value.trim()])
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([name, value]) => `${name}:${value}\n`)
		.join('');
	const toSign = `POST\n${headers['Content-MD5']}\n${CONTENT_TYPE}\n${expiresAt}\n${signedHeaders}${url.pathname}?${query}`;
	const key = signing === 'forged' ? `${config.clientSecret}-forged` : config.clientSecret;
	const signature = createHmac('sha1', key).update(toSign, 'utf8').digest('base64');
	const encoded = config.encodePlusInSignature ? encodeURIComponent(signature) : signature.replace(/\//g, '%2F').replace(/=/g, '%3D');
	const target = `${url.origin}${url.pathname}?${query}${signing === 'unsigned' ? '' : `&signature=${encoded}`}`;
	return { url: target, headers, signature: signing === 'unsigned' ? undefined : signature };
}
