import { redact, redactString } from '../../nodes/shared/transport/redact';
import { FRAGMENT_LENGTH, MIN_FRAGMENTED_SECRET_LENGTH, MIN_SECRET_LENGTH } from '../../nodes/shared/transport/secretPatterns';

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

describe('redaction of the forms servers echo keys in (found by an attacker)', () => {
	const LONG = `jcK3y_${'Ab9xQz7Lm2Np4Rs6Tu8Vw0Yz1Bc3De5Fg7Hi9Jk1Lm3No5Pq7Rs9Tu1Vw3Xy5Za7Bc9De'}`;
	const html = (key: string) => key.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
	/** [form, key, the pieces of the error body that carry it] */
	const cases: Array<[string, string, (key: string) => string[]]> = [
		['HTML-escaped (& < > " \')', `jc&key<ab>"cd'123`, (key) => [html(key)]],
		['HTML-escaped with &#x27; and &apos;', `jc'key'ab'cd`, (key) => [key.replace(/'/g, '&#x27;'), key.replace(/'/g, '&apos;')]],
		['HTML decimal references, zero-padded', 'jc-key-abcdef123456', (key) => [[...key].map((character) => `&#00${character.charCodeAt(0)};`).join('')]],
		['HTML hex references', 'jc-key-abcdef123456', (key) => [[...key].map((character) => `&#x${character.charCodeAt(0).toString(16)};`).join('')]],
		['URL-encoded twice', 'jc/key+ab=cd&ef123', (key) => [encodeURIComponent(encodeURIComponent(key))]],
		['hex inside the hex of a longer text', 'jc-key-abcdef123456', (key) => [Buffer.from(`X-Platform-Api-Key: ${key}`).toString('hex').toUpperCase()]],
		['mixed case', 'jc-key-abcdef123456', (key) => [key.replace(/[a-f]/g, (letter) => letter.toUpperCase())]],
		['\\xNN escapes, upper-case hex', 'jc-key-abcdef123456', (key) => [[...key].map((character) => `\\x${character.charCodeAt(0).toString(16).toUpperCase()}`).join('')]],
		['MIME base64 of a header, 76-character lines', LONG, (key) => Buffer.from(`X-Platform-Api-Key: ${key}`).toString('base64').match(/.{1,76}/g) ?? []],
		['base64 of a 5-character key', 'k3Y!z', (key) => [Buffer.from(key).toString('base64')]],
		['base64 of a 4-character key', 'k3Y!', (key) => [Buffer.from(key).toString('base64')]],
		['regular-expression characters', 'a.b*c+d?(e)[f]{g}|h^$\\', (key) => [key]],
		['halves of a long key in two fields', 'jc-key-abcdef123456', (key) => [key.slice(0, 9), key.slice(9)]],
		['a long key cut short', LONG, (key) => [key.slice(0, 30)]],
	];

	it.each(cases)('%s', (_form, key, render) => {
		const pieces = render(key);
		const body = `Invalid credentials: ${pieces.join('\r\n')} .`;
		for (const text of [redactString(body, [key]), JSON.stringify(redact({ detail: body }, [key]))]) {
			expect(text).toContain('[redacted]');
			for (const piece of pieces) expect(text).not.toContain(piece);
		}
		expect(redactString(body, [key])).toMatch(/^Invalid credentials: .*\[redacted\]/);
	});

	it('halves of a long key in two fields of a body are both redacted', () => {
		const key = 'jc-key-abcdef123456';
		expect(redact({ error: { key: key.slice(0, 9), rest: key.slice(9) } }, [key])).toEqual({ error: { key: '[redacted]', rest: '[redacted]' } });
	});

	it('keys shorter than 4 characters are not redacted (MIN_SECRET_LENGTH): they would redact unrelated text', () => {
		expect(MIN_SECRET_LENGTH).toBe(4);
		expect(redactString('key z9Q refused', ['z9Q'])).toBe('key z9Q refused');
		expect(redactString('key z9Qa refused', ['z9Qa'])).toBe('key [redacted] refused');
	});

	it.each([
		['a secret shorter than 16 characters is redacted only whole', 'abcdefgh-123456', 'see abcdefgh and 123456', 'see abcdefgh and 123456'],
		['pieces shorter than 8 characters of a long secret stay', 'jc-key-abcdef123456', 'jc-key- and abcdef1 and 23456', 'jc-key- and abcdef1 and 23456'],
		['pieces of letters only may be words and stay', 'jt-api-password-8f41c2d7e9b3a6', 'check the API password', 'check the API password'],
		['8 characters of a long secret in a row are redacted, in any case', 'jc-key-abcdef123456', 'got JC-KEY-A then ef123456!', 'got [redacted] then [redacted]!'],
	])('%s', (_rule, secret, text, expected) => {
		expect(MIN_FRAGMENTED_SECRET_LENGTH).toBe(16);
		expect(FRAGMENT_LENGTH).toBe(8);
		expect(redactString(text, [secret])).toBe(expected);
	});
});

describe('redaction of property names', () => {
	it('a secret echoed as a property name is redacted in the name too', () => {
		const secret = 'sk_live_0123456789';
		const safe = redact({ [secret]: 'invalid', [`key ${secret}`]: { ok: 1 } }, [secret]);
		expect(JSON.stringify(safe)).not.toContain(secret);
		expect(safe).toEqual({ '[redacted]': 'invalid', 'key [redacted]': { ok: 1 } });
	});
});

describe('redaction of hostile bodies', () => {
	const secrets = ['whsec_test_5f0c9a7e31b24d8c9e6a0b17', 'cgd-secret-9f2e7c1a5b3d8e60', 'api-key-0123456789abcdef'];
	const size = 5 * 1024 * 1024;
	const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
	const bodies: Array<[string, () => string]> = [
		['a secret less its last character, over and over', () => fill(secrets[0].slice(0, -1))],
		['its thrice URL-encoded prefix, over and over', () => fill([...Buffer.from(secrets[0].slice(0, -1))].map((byte) => `%2525${byte.toString(16)}`).join(''))],
		['its quoted-printable prefix, over and over', () => fill([...Buffer.from(secrets[0].slice(0, -1))].map((byte) => `=${byte.toString(16)}`).join(''))],
		['one base64 run folded after every character', () => fill('A\r\n ')],
		['short words separated by line breaks and tabs', () => fill('abc\n\tde ')],
		['backslashes', () => fill('\\')],
		['pieces of a secret everywhere', () => fill(secrets[0].slice(3, 11))],
	];

	it.each(bodies)('a 5 MB body of %s is redacted (and completes)', (_name, make) => {
		const body = make();
		const safe = redactString(body, secrets);
		expect(typeof safe).toBe('string');
		for (const secret of secrets) expect(safe).not.toContain(secret);
	});
});
