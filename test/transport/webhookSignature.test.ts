import { createHmac } from 'crypto';

import { signaturesMatch, verifyHmac } from '../../nodes/shared/webhookSignature';

const body = Buffer.from('{"type":"job.created","data":{"id":"J1"}}');
const secret = 'whsec_test_secret';

describe('HMAC signature checks', () => {
	it.each([
		['sha1', 'hex'],
		['sha256', 'hex'],
		['sha512', 'hex'],
		['sha1', 'base64'],
		['sha256', 'base64'],
		['sha512', 'base64'],
	] as const)('%s / %s: the right signature passes, a changed body or secret fails', (algorithm, encoding) => {
		const signature = createHmac(algorithm, secret).update(body).digest(encoding);
		expect(verifyHmac({ algorithm, secret, payload: body, encoding, received: signature })).toBe(true);
		expect(verifyHmac({ algorithm, secret, payload: Buffer.from(body.toString().replace('J1', 'J2')), encoding, received: signature })).toBe(false);
		expect(verifyHmac({ algorithm, secret: 'other', payload: body, encoding, received: signature })).toBe(false);
	});

	it('handles a "sha256=" prefix and upper-case hex', () => {
		const hex = createHmac('sha256', secret).update(body).digest('hex');
		expect(verifyHmac({ algorithm: 'sha256', secret, payload: body, encoding: 'hex', received: `sha256=${hex.toUpperCase()}`, prefix: 'sha256=' })).toBe(true);
		expect(verifyHmac({ algorithm: 'sha256', secret, payload: body, encoding: 'hex', received: hex, prefix: 'sha256=' })).toBe(false);
	});

	it('a missing signature or secret never passes', () => {
		expect(verifyHmac({ algorithm: 'sha256', secret, payload: body, encoding: 'hex', received: undefined })).toBe(false);
		expect(verifyHmac({ algorithm: 'sha256', secret: '', payload: body, encoding: 'hex', received: '' })).toBe(false);
	});

	it('compares strings of different lengths without throwing', () => {
		expect(signaturesMatch('abc', 'abcd')).toBe(false);
		expect(signaturesMatch('abc', 'abc')).toBe(true);
	});
});
