/**
 * Bodies that arrive as bytes: a Buffer, an ArrayBuffer or typed array, a Buffer serialised to JSON
 * (`{type: 'Buffer', data: [...]}`), a typed array serialised to JSON (`{"0": 82, "1": 101, …}`) or a plain
 * array of byte numbers. Returns their UTF-8 text, or
 * undefined when `value` is not bytes.
 */
export function bytesAsText(value: unknown, plainArrays = true): string | undefined {
	const bytes = asBytes(value, plainArrays);
	return bytes === undefined ? undefined : bytes.toString('utf8');
}

/** Bytes read as JSON when they hold JSON, as text otherwise; any other value is returned as is. */
export function decodeBytes(value: unknown): unknown {
	const text = bytesAsText(value);
	if (text === undefined) return value;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}

/** Plain arrays (and index-keyed objects) of numbers count as bytes only when `plainArrays` and long enough. */
function asBytes(value: unknown, plainArrays = true): Buffer | undefined {
	if (Buffer.isBuffer(value)) return value;
	if (value instanceof ArrayBuffer) return Buffer.from(value);
	if (ArrayBuffer.isView(value)) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
	if (plainArrays && isByteArray(value) && value.length >= MIN_PLAIN_BYTES) return Buffer.from(value);
	if (value && typeof value === 'object') {
		const { type, data } = value as { type?: unknown; data?: unknown };
		if (type === 'Buffer' && isByteArray(data)) return Buffer.from(data);
		const indexed = Object.values(value);
		const isIndexed = Object.keys(value).every((key, index) => key === String(index));
		if (plainArrays && isIndexed && isByteArray(indexed) && indexed.length >= MIN_PLAIN_BYTES) return Buffer.from(indexed);
	}
	return undefined;
}

/** Shorter lists of numbers may well be data (e.g. IDs), not bytes. */
const MIN_PLAIN_BYTES = 16;

/** An array of byte numbers. */
function isByteArray(value: unknown): value is number[] {
	return (
		Array.isArray(value) &&
		value.length > 0 &&
		value.every((entry) => typeof entry === 'number' && Number.isInteger(entry) && entry >= 0 && entry <= 255)
	);
}
