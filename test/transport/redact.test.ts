import { redact, redactString } from '../../nodes/shared/transport/redact';

describe('redaction', () => {
	const secret = 'sk_live_0123456789';

	it('removes a secret wherever it appears in text', () => {
		expect(redactString(`key=${secret}&x=${secret}`, [secret])).toBe('key=[redacted]&x=[redacted]');
	});

	it('walks nested bodies and masks sensitive property names', () => {
		const body = {
			detail: `Invalid key ${secret}`,
			nested: [{ note: `echo ${secret}` }],
			headers: { 'X-Platform-Api-Key': 'anything', Authorization: 'Bearer abc', accept: 'json' },
			client_secret: 'whatever',
		};
		const safe = redact(body, [secret]);
		expect(JSON.stringify(safe)).not.toContain(secret);
		expect(safe.headers['X-Platform-Api-Key']).toBe('[redacted]');
		expect(safe.headers.Authorization).toBe('[redacted]');
		expect(safe.headers.accept).toBe('json');
		expect(safe.client_secret).toBe('[redacted]');
		expect(body.detail).toContain(secret);
	});

	it('ignores values too short to be secrets, so unrelated text survives', () => {
		expect(redactString('partner 1 has 12 jobs', ['1', ''])).toBe('partner 1 has 12 jobs');
	});
});
