/** Short values (e.g. a partner id of "1") would redact unrelated text. */
const MIN_SECRET_LENGTH = 4;
/** Shorter base64 fragments could occur in ordinary words. */
const MIN_BASE64_CORE = 6;

export interface SecretPatterns {
	/** One pattern per secret matching it raw, URL/form-encoded (either hex case) or JSON-escaped, even mixed. */
	literal: RegExp[];
	/** Base64 and base64url fragments that only the secret produces, at each of the three byte alignments. */
	base64Cores: string[];
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
			literal: usable.map((secret) => new RegExp([...secret].map(characterPattern).join(''), 'g')),
			base64Cores: [...new Set(usable.flatMap(base64Cores))],
		};
		if (cache.size > 200) cache.clear();
		cache.set(key, patterns);
	}
	return patterns;
}

/** Every way one character may be written: itself, %XX per UTF-8 byte, \uXXXX, `+` for a space, `\/`, `\"`. */
function characterPattern(character: string): string {
	const forms = [escapeRegExp(character)];
	forms.push(
		[...Buffer.from(character, 'utf8')].map((byte) => `%${anyCaseHex(byte.toString(16).padStart(2, '0'))}`).join(''),
	);
	forms.push(
		Array.from({ length: character.length }, (_, index) => `\\\\u${anyCaseHex(character.charCodeAt(index).toString(16).padStart(4, '0'))}`).join(''),
	);
	if (character === ' ') forms.push('\\+');
	if (character === '/' || character === '"' || character === '\\') forms.push(`\\\\${escapeRegExp(character)}`);
	return `(?:${forms.join('|')})`;
}

function anyCaseHex(hex: string): string {
	return [...hex].map((digit) => (/[a-f]/i.test(digit) ? `[${digit.toLowerCase()}${digit.toUpperCase()}]` : digit)).join('');
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
	return cores;
}
