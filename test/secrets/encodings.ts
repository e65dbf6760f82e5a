/** Every form in which a server may echo a secret back, as a function of the secret. */
export const ENCODINGS: Record<string, (secret: string) => string> = {
	raw: (secret) => secret,
	'URL-encoded (%XX upper case)': (secret) => percentEncodeAll(secret).replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase()),
	'URL-encoded (%xx lower case)': (secret) => percentEncodeAll(secret).replace(/%[0-9a-f]{2}/gi, (escape) => escape.toLowerCase()),
	'form-encoded (+ for space)': (secret) => new URLSearchParams({ value: secret }).toString().slice('value='.length),
	base64: (secret) => Buffer.from(secret, 'utf8').toString('base64'),
	base64url: (secret) => Buffer.from(secret, 'utf8').toString('base64url'),
	'Basic header of user:secret': (secret) => `Authorization: Basic ${Buffer.from(`api.user:${secret}`, 'utf8').toString('base64')}`,
	'JSON-escaped (\\uXXXX)': (secret) => [...secret].map((character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
	'JSON-escaped (\\/ and \\")': (secret) => JSON.stringify(secret).slice(1, -1).replace(/\//g, '\\/'),
	'Bearer header': (secret) => `Authorization: Bearer ${secret}`,
	'HTML-escaped (&amp; &lt; &gt; &quot; &#39;)': (secret) => htmlEscape(secret, '&#39;'),
	'HTML-escaped (&#x27; for a quote)': (secret) => htmlEscape(secret, '&#x27;'),
	'HTML decimal character references (&#106;)': (secret) => [...secret].map((character) => `&#${character.codePointAt(0)};`).join(''),
	'HTML hex character references (&#x6A;)': (secret) => [...secret].map((character) => `&#x${(character.codePointAt(0) ?? 0).toString(16).toUpperCase()};`).join(''),
	'URL-encoded twice (%252F)': (secret) => encodeURIComponent(encodeURIComponent(secret)),
	'hex of its bytes (lower case)': (secret) => Buffer.from(secret, 'utf8').toString('hex'),
	'hex of its bytes (upper case)': (secret) => Buffer.from(secret, 'utf8').toString('hex').toUpperCase(),
	'upper-cased': (secret) => secret.toUpperCase(),
	'lower-cased': (secret) => secret.toLowerCase(),
	'\\xNN escapes': (secret) => [...Buffer.from(secret, 'utf8')].map((byte) => `\\x${byte.toString(16).padStart(2, '0')}`).join(''),
	// 50 bytes before the secret: its base64 runs across the first line break.
	'MIME base64 (76-character lines)': (secret) => (Buffer.from(`${'x'.repeat(50)}${secret}`, 'utf8').toString('base64').match(/.{1,76}/g) ?? []).join('\r\n'),
	'quoted-printable (=XX per byte)': (secret) => [...Buffer.from(secret, 'utf8')].map((byte) => `=${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
	'URL-encoded three times (%2525XX)': (secret) => encodeURIComponent(encodeURIComponent(encodeURIComponent(secret))),
	'hex of its UTF-16LE code units': (secret) => Buffer.from(secret, 'utf16le').toString('hex'),
	// A folded header: each line break is followed by a space.
	'base64 folded like a header (\r\n then a space)': (secret) => (Buffer.from(`${'x'.repeat(50)}${secret}`, 'utf8').toString('base64').match(/.{1,20}/g) ?? []).join('\r\n '),
	// Two bytes before the secret (another alignment), folded every 4 characters.
	'base64 folded every 4 characters (\n then a tab)': (secret) => (Buffer.from(`xy${secret}`, 'utf8').toString('base64').match(/.{1,4}/g) ?? []).join('\n\t'),
	'split in halves across two JSON fields': (secret) => JSON.stringify({ key: secret.slice(0, secret.length >> 1), rest: secret.slice(secret.length >> 1) }),
};

/** Halves of a secret: none may show anywhere, whatever the encoding (secrets here are 16 characters or more). */
export function halvesOf(secret: string): string[] {
	return [secret.slice(0, secret.length >> 1), secret.slice(secret.length >> 1)];
}

function htmlEscape(secret: string, quote: string): string {
	return secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, quote);
}

/** Percent-encodes every byte that encodeURIComponent would keep, except letters and digits, too. */
function percentEncodeAll(secret: string): string {
	return encodeURIComponent(secret).replace(/[-_.!~*'()]/g, (character) => `%${character.charCodeAt(0).toString(16)}`);
}

/**
 * Secrets with the characters encodings change (space, slash, plus, quote, percent, ampersand), so that
 * each encoding really differs from the raw value.
 */
export const SECRETS = {
	jobcaseApiKey: 'jc-key/7f+3a 9b&c=d%21"x',
	nhsJobApiKey: 'nhs-key/5c+2d 4e&f=0%3F"y',
	jobtrainClientSecret: 'jt-secret/5b+2e 9c&7=1%0a"z',
	jobtrainPassword: 'jt-pass/8f+41 c2&d=7%e9"w',
	cegidClientSecret: 'cgd-secret/9f+2e 7c&1=a%5b"v',
};
