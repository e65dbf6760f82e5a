import { Inflater } from './inflater';

export { crc32 } from './crc32';

/**
 * Inflates one deflated ZIP entry (raw DEFLATE, RFC 1951), refusing to produce more than the archive
 * declared so a malformed entry cannot take unbounded memory. Returns the failure instead of throwing it:
 * a corrupt or truncated stream, a stream inflating beyond `declaredSize`, or one the decoder refuses
 * (see `inflater.ts`). Bytes after the stream's final block are ignored, as zlib ignores them; the
 * caller checks the result's length and CRC-32 against the archive's directory.
 */
export function inflateEntry(compressed: Buffer, declaredSize: number): Buffer | Error {
	if (!Number.isSafeInteger(declaredSize) || declaredSize < 0) return new Error(`the declared size ${declaredSize} is not a byte count`);
	try {
		return new Inflater(compressed, declaredSize).run();
	} catch (error) {
		return error instanceof Error ? error : new Error(String(error));
	}
}
