/**
 * JSON.stringify that survives the circular references error causes (e.g. HTTP client errors) carry.
 * An object met again is written as '[Circular]', so every value still appears at least once.
 */
export function safeStringify(value: unknown): string {
	const seen = new WeakSet<object>();
	return JSON.stringify(value, (_key, nested: unknown) => {
		if (typeof nested !== 'object' || nested === null) return nested;
		if (seen.has(nested)) return '[Circular]';
		seen.add(nested);
		return nested;
	});
}
