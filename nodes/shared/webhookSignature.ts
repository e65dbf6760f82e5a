import { createHmac, timingSafeEqual } from 'crypto';

export type HmacAlgorithm = 'sha1' | 'sha256' | 'sha512';
export type SignatureEncoding = 'hex' | 'base64';

export function hmacDigest(
	algorithm: HmacAlgorithm,
	secret: string,
	payload: Buffer | string,
	encoding: SignatureEncoding,
): string {
	return createHmac(algorithm, secret).update(payload).digest(encoding);
}

/**
 * Compares two signatures in time that does not depend on where they differ. Different lengths
 * still cost one full comparison, so length is the only thing an attacker can learn.
 */
export function signaturesMatch(expected: string, received: string): boolean {
	const expectedBytes = Buffer.from(expected, 'utf8');
	const receivedBytes = Buffer.from(received, 'utf8');
	if (expectedBytes.length !== receivedBytes.length) {
		timingSafeEqual(expectedBytes, expectedBytes);
		return false;
	}
	return timingSafeEqual(expectedBytes, receivedBytes);
}

export interface HmacCheck {
	algorithm: HmacAlgorithm;
	secret: string;
	/** The exact bytes that were signed, e.g. the raw request body. */
	payload: Buffer | string;
	encoding: SignatureEncoding;
	/** The signature as received, possibly with a prefix such as "sha256=". */
	received: string | undefined;
	/** A prefix the sender puts before the digest, removed before comparing. */
	prefix?: string;
}

/** True only when a signature was received and equals the HMAC of the payload. */
export function verifyHmac(check: HmacCheck): boolean {
	if (!check.received || !check.secret) return false;
	let received = check.received.trim();
	if (check.prefix) {
		if (!received.toLowerCase().startsWith(check.prefix.toLowerCase())) return false;
		received = received.slice(check.prefix.length);
	}
	const expected = hmacDigest(check.algorithm, check.secret, check.payload, check.encoding);
	// Hex digests may arrive in either case; base64 is case-sensitive.
	return check.encoding === 'hex' ? signaturesMatch(expected, received.toLowerCase()) : signaturesMatch(expected, received);
}
