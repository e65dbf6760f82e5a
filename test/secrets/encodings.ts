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
};

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
