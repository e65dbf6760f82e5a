const REDACTED = '[redacted]';
const SENSITIVE_KEY = /authorization|api[-_]?key|secret|password|token|cookie/i;
/** Short values (e.g. a partner id of "1") would redact unrelated text. */
const MIN_SECRET_LENGTH = 4;

/**
 * Returns a copy of `value` in which every secret string is replaced and every property whose name
 * looks sensitive is masked. Used on everything that leaves the transport in an error.
 */
export function redact<T>(value: T, secrets: string[]): T {
	const usable = secrets.filter((secret) => typeof secret === 'string' && secret.length >= MIN_SECRET_LENGTH);
	return redactValue(value, usable) as T;
}

function redactValue(value: unknown, secrets: string[]): unknown {
	if (typeof value === 'string') return redactString(value, secrets);
	if (Array.isArray(value)) return value.map((entry) => redactValue(entry, secrets));
	if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
		const copy: Record<string, unknown> = {};
		for (const [key, entry] of Object.entries(value)) {
			copy[key] = SENSITIVE_KEY.test(key) && entry !== null && entry !== undefined && entry !== '' ? REDACTED : redactValue(entry, secrets);
		}
		return copy;
	}
	return value;
}

export function redactString(text: string, secrets: string[]): string {
	let result = text;
	for (const secret of secrets) {
		if (secret.length >= MIN_SECRET_LENGTH) result = result.split(secret).join(REDACTED);
	}
	return result;
}
