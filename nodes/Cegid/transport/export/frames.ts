import { CorruptExportError } from './corruptExportError';

const LENGTH_PREFIX_BYTES = 4;
/** The smallest possible ZIP archive is its 22-byte end-of-central-directory record. */
const MIN_ARCHIVE_BYTES = 22;

/**
 * Splits an export body (`[uint32 little-endian length][ZIP archive]` repeated) into views of its
 * archives. Views share the body's memory; nothing is copied. An empty body is an empty list.
 */
export function splitFrames(body: Buffer, pageOffset: number): Buffer[] {
	const frames: Buffer[] = [];
	let position = 0;
	while (position < body.length) {
		const recordIndex = frames.length;
		if (body.length - position < LENGTH_PREFIX_BYTES) {
			throw new CorruptExportError(
				`the body ends after ${body.length - position} stray byte(s) where a 4-byte length was expected (byte ${position})`,
				{ pageOffset, recordIndex },
			);
		}
		const length = body.readUInt32LE(position);
		const start = position + LENGTH_PREFIX_BYTES;
		if (length < MIN_ARCHIVE_BYTES) {
			throw new CorruptExportError(`declares ${length} bytes, too few for a ZIP archive (byte ${position})`, { pageOffset, recordIndex });
		}
		if (length > body.length - start) {
			throw new CorruptExportError(
				`declares ${length} bytes but only ${body.length - start} remain (byte ${position}); the body is truncated`,
				{ pageOffset, recordIndex },
			);
		}
		frames.push(body.subarray(start, start + length));
		position = start + length;
	}
	return frames;
}

/** n8n hands binary bodies back as a Buffer; an empty answer may come as an empty string. */
export function asBuffer(body: unknown, pageOffset: number): Buffer {
	if (Buffer.isBuffer(body)) return body;
	if (body instanceof ArrayBuffer) return Buffer.from(body);
	if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
	if (body === undefined || body === null || body === '') return Buffer.alloc(0);
	if (typeof body === 'string') return Buffer.from(body, 'latin1');
	throw new CorruptExportError(`the answer is ${typeof body}, not a binary export body`, { pageOffset });
}
