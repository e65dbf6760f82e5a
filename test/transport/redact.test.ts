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

describe('redaction of bodies that arrive as bytes', () => {
	const secret = 'sk_live_0123456789';
	const text = `{"message":"Invalid key ${secret} for this export request"}`;
	const bytes = Buffer.from(text, 'utf8');
	const forms: Array<[string, unknown]> = [
		['Buffer', bytes],
		['ArrayBuffer', bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)],
		['Uint8Array', new Uint8Array(bytes)],
		['Buffer as JSON', bytes.toJSON()],
		['array of byte numbers', [...bytes]],
		['typed array as JSON', JSON.parse(JSON.stringify(new Uint8Array(bytes))) as unknown],
	];

	it.each(forms)('%s is read as text, then redacted', (_form, body) => {
		expect(redact(body, [secret])).toBe('{"message":"Invalid key [redacted] for this export request"}');
	});

	it('short lists of numbers inside a body stay data', () => {
		expect(redact({ ids: [1, 2, 3] }, [secret])).toEqual({ ids: [1, 2, 3] });
	});

	it('Bearer and Basic credentials are masked whatever their value', () => {
		expect(redactString('sent Authorization: Bearer eyJhbGciOi.x-y_z and Basic dXNlcjpwYXNz', [])).toBe(
			'sent Authorization: Bearer [redacted] and Basic [redacted]',
		);
	});
});
