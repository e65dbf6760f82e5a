/**
 * Shorter values would redact unrelated text (every "1" of a message for a partner id of "1"): secrets of 1 to
 * 3 characters are not redacted. No provider issues keys that short.
 */
export const MIN_SECRET_LENGTH = 4;
/** Shorter base64 fragments could occur in ordinary words. */
const MIN_BASE64_CORE = 6;
/**
 * Secrets at least this long are also redacted piecewise: any FRAGMENT_LENGTH characters of them in a row (in any
 * case, except pieces of letters only, which may be words), so that a secret split across two fields (or cut short)
 * is still caught. Shorter secrets only whole.
 */
export const MIN_FRAGMENTED_SECRET_LENGTH = 16;
/** Eight characters of a long random secret in a row practically never occur in other text. */
export const FRAGMENT_LENGTH = 8;

export interface SecretPatterns {
	/**
	 * One pattern per secret matching it in any letter case: raw, URL/form-encoded (also twice), JSON-escaped,
	 * `\xNN`-escaped, quoted-printable, HTML-escaped or as HTML character references, each character in any of these
	 * forms; and per secret one matching the hex of its UTF-8 bytes and one the hex of its UTF-16LE code units.
	 */
	literal: RegExp[];
	/** Base64 and base64url fragments that only the secret produces, at each of the three byte alignments. */
	base64Cores: string[];
	/** Every FRAGMENT_LENGTH-character piece of the long secrets, ASCII letters in lower case. */
	fragments: Set<string>;
}

const cache = new Map<string, SecretPatterns>();

export function secretPatterns(secrets: string[]): SecretPatterns {
	const usable = [...new Set(secrets.filter((secret) => typeof secret === 'string' && secret.length >= MIN_SECRET_LENGTH))];
	// Longest first, so that a secret containing another is replaced whole.
	usable.sort((a, b) => b.length - a.length);
	const key = usable.join('\u0000');
	let patterns = cache.get(key);
	if (!patterns) {
		patterns = {
			literal: [
				...usable.map((secret) => new RegExp([...secret].map(characterPattern).join(''), 'gi')),
				...usable.map((secret) => new RegExp(Buffer.from(secret, 'utf8').toString('hex'), 'gi')),
				...usable.map((secret) => new RegExp(Buffer.from(secret, 'utf16le').toString('hex'), 'gi')),
			],
			base64Cores: [...new Set(usable.flatMap(base64Cores))],
			fragments: new Set(usable.filter((secret) => secret.length >= MIN_FRAGMENTED_SECRET_LENGTH).flatMap(fragmentsOf)),
		};
		if (cache.size > 200) cache.clear();
		cache.set(key, patterns);
	}
	return patterns;
}

const HTML_NAMED: Record<string, string> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' };

/**
 * Every way one character may be written: itself, %XX per UTF-8 byte (also %25XX and %2525XX, encoded two or three
 * times), quoted-printable =XX per byte, \xXX per
 * byte, \uXXXX, an HTML character reference (&#106; or &#x6a;, and &amp; &lt; &gt; &quot; &apos;), `+` for a
 * space, `\/`, `\"`. Patterns are matched without case, so hex digits may be either case.
 */
function characterPattern(character: string): string {
	const bytes = [...Buffer.from(character, 'utf8')].map((byte) => byte.toString(16).padStart(2, '0'));
	const forms = [escapeRegExp(character)];
	forms.push(bytes.map((hex) => `%(?:25){0,2}${hex}`).join(''));
	forms.push(bytes.map((hex) => `=${hex}`).join(''));
	forms.push(bytes.map((hex) => `(?:\\\\){1,2}x${hex}`).join(''));
	forms.push(Array.from({ length: character.length }, (_, index) => `(?:\\\\){1,2}u${character.charCodeAt(index).toString(16).padStart(4, '0')}`).join(''));
	const codePoint = character.codePointAt(0) ?? 0;
	forms.push(`&#(?:0*${codePoint}|x0*${codePoint.toString(16)});?`);
	if (character in HTML_NAMED) forms.push(`&${HTML_NAMED[character]};`);
	if (character === ' ') forms.push('\\+');
	if (character === '/' || character === '"' || character === '\\') forms.push(`\\\\${escapeRegExp(character)}`);
	return `(?:${forms.join('|')})`;
}

/**
 * Every FRAGMENT_LENGTH characters of a secret in a row, ASCII letters lower-cased, except pieces made of letters
 * only: those may be words ("password" in a secret must not redact the word in Jobtrain's messages).
 */
function fragmentsOf(secret: string): string[] {
	const lower = lowerAscii(secret);
	return Array.from({ length: lower.length - FRAGMENT_LENGTH + 1 }, (_, index) => lower.slice(index, index + FRAGMENT_LENGTH)).filter(
		(fragment) => !/^[a-z]+$/.test(fragment),
	);
}

/** Lower-cases A-Z only, so that the text keeps its length and positions. */
export function lowerAscii(text: string): string {
	return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Base64 encodes 3 bytes as 4 characters, so a secret inside a longer value (such as the password in
 * `user:password` of a Basic header) encodes differently at each offset modulo 3. For each offset, the
 * characters whose 6 bits all come from the secret are the same wherever the secret appears.
 */
function base64Cores(secret: string): string[] {
	const bytes = Buffer.from(secret, 'utf8');
	const cores: string[] = [];
	for (let offset = 0; offset < 3; offset++) {
		const padded = Buffer.concat([Buffer.alloc(offset), bytes, Buffer.alloc(2)]);
		const firstBit = offset * 8;
		const endBit = (offset + bytes.length) * 8;
		const first = Math.ceil(firstBit / 6);
		const end = Math.floor(endBit / 6);
		if (end - first < MIN_BASE64_CORE) continue;
		for (const encoding of ['base64', 'base64url'] as const) cores.push(padded.toString(encoding).slice(first, end));
	}
	// A secret too short for a core is still recognised when it was encoded alone.
	for (const encoding of ['base64', 'base64url'] as const) cores.push(bytes.toString(encoding));
	return cores;
}
