import { crc32 as zlibCrc32, inflateRawSync } from 'zlib';

/**
 * Inflates one deflated ZIP entry, refusing to produce more than the archive declared so a
 * malformed entry cannot take unbounded memory. Returns the failure instead of throwing it.
 */
export function inflateEntry(compressed: Buffer, declaredSize: number): Buffer | Error {
	try {
		return inflateRawSync(compressed, { maxOutputLength: Math.max(1, declaredSize) });
	} catch (error) {
		return error instanceof Error ? error : new Error(String(error));
	}
}

export function crc32(data: Buffer): number {
	return zlibCrc32(data) >>> 0;
}
