import { bytesAsText } from './bodyText';
import { FRAGMENT_LENGTH, lowerAscii, secretPatterns } from './secretPatterns';

const REDACTED = '[redacted]';
/**
 * Deeper structure than this is replaced by NESTED_TOO_DEEPLY: a hostile body of 100,000 nested lists would
 * otherwise overflow the stack and lose the error's status and request.
 */
export const MAX_DEPTH = 32;
export const NESTED_TOO_DEEPLY = '[nested too deeply]';
const SENSITIVE_KEY = /authorization|api[-_]?key|secret|password|token|cookie/i;
/** `Bearer <anything>` and `Basic <anything>`, whatever the token: servers echo Authorization headers. */
const AUTH_SCHEME = /\b(Bearer|Basic)(\s+|%20|\+)(?!\[redacted\])[^\s"'<>,;&)}\]]+/gi;
/** `password=…`, `"client_secret": "…"`, `Authorization: …` inside text that is not structured data. */
const SECRET_ASSIGNMENT =
	/((?:authorization|x-api-key|x-platform-api-key|api[-_]?key|client[-_]?secret|api[-_]?password|password|access[-_]?token|refresh[-_]?token|id[-_]?token)\\?["']?\s*(?:[:=]|%3[aA]|%3[dD])\s*\\?["']?)(?!\[redacted\]|Bearer\b|Basic\b)[^\s"'&,;}\\]+/gi;
/**
 * Runs of base64 or base64url characters, checked for a secret's base64 form; MIME wraps base64 in lines of 76
 * characters and headers fold long values (a line break, then spaces or tabs), so a run goes on across line breaks
 * and the blanks after them (also written `\r\n`, `\t` inside JSON text). Runs under 6 characters are let through.
 */
const BASE64_RUN = /[A-Za-z0-9+/_-]+(?:={0,2}(?:\r?\n|\\r\\n|\\n)(?:[ \t]|\\t)*[A-Za-z0-9+/_-]+)*={0,2}/g;
const LINE_BREAKS = /\r|\n|\\r|\\n|\\t|[ \t]/g;
const MIN_BASE64_RUN = 6;

/**
 * Returns a copy of `value` in which every secret is replaced, in whatever form a server may echo it
 * (in any letter case: raw, URL- or form-encoded even three times, quoted-printable, JSON-, `\x`- or HTML-escaped,
 * as HTML character references, hex of its UTF-8 or UTF-16LE form, base64 or base64url also wrapped in MIME lines,
 * folded like a header and inside `user:password`; also in a property name; a long secret also
 * piecewise, see `MIN_FRAGMENTED_SECRET_LENGTH`), every
 * `Bearer`/`Basic` credential and every property whose name looks sensitive is masked, and bytes are
 * read as text first. Used on everything that leaves the transport in an error.
 */
export function redact<T>(value: T, secrets: string[]): T {
	return redactValue(value, secretPatterns(secrets), new WeakMap(), 0, true) as T;
}

export function redactString(text: string, secrets: string[]): string {
	return redactText(text, secretPatterns(secrets));
}

type Patterns = ReturnType<typeof secretPatterns>;

/** A whole body may be a plain list of bytes; a list inside it is data. */
function redactValue(value: unknown, patterns: Patterns, seen: WeakMap<object, unknown>, depth: number, whole = false): unknown {
	if (typeof value === 'string') return redactText(value, patterns);
	const bytes = bytesAsText(value, whole);
	if (bytes !== undefined) return redactText(bytes, patterns);
	if (!value || typeof value !== 'object') return value;
	if (seen.has(value)) return seen.get(value);
	if (depth >= MAX_DEPTH) return NESTED_TOO_DEEPLY;
	if (Array.isArray(value)) {
		const copy: unknown[] = [];
		seen.set(value, copy);
		for (const entry of value) copy.push(redactValue(entry, patterns, seen, depth + 1));
		return copy;
	}
	const copy: Record<string, unknown> = {};
	seen.set(value, copy);
	for (const [key, entry] of Object.entries(value)) {
		// A server may echo a secret as a property name (`{"<key>": "invalid"}`): names are redacted too.
		const name = redactText(key, patterns);
		copy[name] = SENSITIVE_KEY.test(key) && entry !== null && entry !== undefined && entry !== '' ? REDACTED : redactValue(entry, patterns, seen, depth + 1);
	}
	return copy;
}

/** Error texts are cut here: nobody reads more, and regular expressions over megabytes can exhaust the stack. */
const MAX_TEXT_LENGTH = 64 * 1024;

function redactText(text: string, patterns: Patterns): string {
	const kept = text.length > MAX_TEXT_LENGTH ? `${text.slice(0, MAX_TEXT_LENGTH)} […${text.length - MAX_TEXT_LENGTH} more characters cut]` : text;
	try {
		return redactKeptText(kept, patterns);
	} catch {
		// A text that cannot be searched is withheld whole rather than shown unredacted.
		return '[text withheld: it could not be checked for secrets]';
	}
}

function redactKeptText(text: string, patterns: Patterns): string {
	let result = text;
	for (const pattern of patterns.literal) result = result.replace(pattern, REDACTED);
	if (patterns.base64Cores.length > 0) {
		result = result.replace(BASE64_RUN, (run) => {
			if (run.length < MIN_BASE64_RUN) return run;
			const joined = run.replace(LINE_BREAKS, '');
			return patterns.base64Cores.some((core) => joined.includes(core)) ? REDACTED : run;
		});
	}
	if (patterns.fragments.size > 0) result = redactFragments(result, patterns.fragments);
	return result.replace(AUTH_SCHEME, `$1$2${REDACTED}`).replace(SECRET_ASSIGNMENT, `$1${REDACTED}`);
}

/** Replaces every stretch of text made of pieces of a long secret (FRAGMENT_LENGTH characters or more, any case). */
function redactFragments(text: string, fragments: Set<string>): string {
	const lower = lowerAscii(text);
	let result = '';
	let copiedUpTo = 0;
	let coveredUpTo = -1;
	for (let index = 0; index + FRAGMENT_LENGTH <= lower.length; index++) {
		if (!fragments.has(lower.slice(index, index + FRAGMENT_LENGTH))) continue;
		if (index > coveredUpTo) {
			result += text.slice(copiedUpTo, index) + REDACTED;
		}
		coveredUpTo = index + FRAGMENT_LENGTH;
		copiedUpTo = coveredUpTo;
	}
	return result + text.slice(copiedUpTo);
}
