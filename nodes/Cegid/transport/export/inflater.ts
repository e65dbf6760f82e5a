import {
	buildTable,
	CODE_LENGTH_TABLE_SIZE,
	DISTANCE_TABLE_SIZE,
	FIXED_DISTANCE_ROOT_BITS,
	FIXED_DISTANCE_TABLE,
	FIXED_LITERAL_ROOT_BITS,
	FIXED_LITERAL_TABLE,
	KIND_BASE,
	KIND_END_OF_BLOCK,
	KIND_LINK,
	KIND_LITERAL,
	KIND_MASK,
	LITERAL_TABLE_SIZE,
} from './huffman';

/** A stream that is not valid DEFLATE, or inflates beyond its limit. */
export class InflateError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'InflateError';
	}
}

/** The order in which a dynamic block lists the code length code's lengths (RFC 1951, 3.2.7). */
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
const MAX_LITERAL_CODES = 286;
const MAX_DISTANCE_CODES = 30;
/** The output buffer starts at this size, or four times the input if larger, and never above the limit. */
const MIN_INITIAL_CAPACITY = 64 * 1024;
const INITIAL_EXPANSION = 4;

/**
 * The tables of dynamic blocks, shared by every inflation: one runs start to end synchronously, never
 * yielding, so two never overlap, and each dynamic block rebuilds them before use. Sharing them keeps an
 * entry of a few hundred bytes from allocating about 60 KB of tables.
 */
const LITERAL_TABLE = new Int32Array(LITERAL_TABLE_SIZE);
const DISTANCE_TABLE = new Int32Array(DISTANCE_TABLE_SIZE);
const CODE_LENGTH_TABLE = new Int32Array(CODE_LENGTH_TABLE_SIZE);
/** Code lengths of one dynamic block: literal/length codes, then distance codes (at most 286 + 30). */
const CODE_LENGTHS = new Uint8Array(MAX_LITERAL_CODES + MAX_DISTANCE_CODES);
const CODE_LENGTH_LENGTHS = new Uint8Array(19);

/**
 * Decodes one raw DEFLATE stream (RFC 1951) in memory, producing at most `limit` bytes.
 *
 * Termination is by construction: every pass of every loop consumes at least one input bit (a Huffman
 * code is at least one bit long, a stored block at least its four length bytes) or fails; reading past
 * the input fails ("truncated"), and output past `limit` fails. So the work is bounded by the input's
 * bits plus the output's bytes, whatever the bytes are.
 *
 * Memory: the output buffer grows by doubling from a small start, capped at `limit`; no buffer is ever
 * larger than `limit` (while growing, the old and the new buffer live together for the copy). Huffman
 * tables are allocated once per process at their worst-case sizes (about 60 KB, see above).
 *
 * Bytes after the final block are not read: a ZIP entry's content is fixed by its final block, and the
 * caller checks its declared size and CRC-32 (zlib ignores them the same way).
 */
export class Inflater {
	private readonly inLength: number;
	private inPos = 0;
	/** Input bits not yet consumed, least significant first; `bitCount` of them are valid, the rest are 0. */
	private bitBuffer = 0;
	private bitCount = 0;
	private out: Buffer;
	private outPos = 0;
	/** Every output buffer allocated, in bytes; the largest one. Read by tests. */
	allocatedBytes = 0;
	largestBuffer = 0;

	private readonly literalTable = LITERAL_TABLE;
	private readonly distanceTable = DISTANCE_TABLE;
	private readonly codeLengthTable = CODE_LENGTH_TABLE;
	private readonly codeLengths = CODE_LENGTHS;
	private readonly codeLengthLengths = CODE_LENGTH_LENGTHS;

	constructor(
		private readonly input: Uint8Array,
		private readonly limit: number,
	) {
		this.inLength = input.length;
		this.out = this.allocate(Math.min(limit, Math.max(MIN_INITIAL_CAPACITY, input.length * INITIAL_EXPANSION)));
	}

	/** The inflated bytes, or throws an InflateError. */
	run(): Buffer {
		let final = 0;
		do {
			final = this.bits(1);
			const type = this.bits(2);
			if (type === 0) this.storedBlock();
			else if (type === 1) this.huffmanBlock(FIXED_LITERAL_TABLE, FIXED_LITERAL_ROOT_BITS, FIXED_DISTANCE_TABLE, FIXED_DISTANCE_ROOT_BITS);
			else if (type === 2) {
				const [literalBits, distanceBits] = this.dynamicTables();
				this.huffmanBlock(this.literalTable, literalBits, this.distanceTable, distanceBits);
			} else throw this.fail('invalid block type 3', this.inPos, this.bitCount);
		} while (final === 0);
		return this.outPos === this.out.length ? this.out : this.out.subarray(0, this.outPos);
	}

	private allocate(capacity: number): Buffer {
		this.allocatedBytes += capacity;
		this.largestBuffer = Math.max(this.largestBuffer, capacity);
		return Buffer.allocUnsafe(capacity);
	}

	/** Makes room for `needed` output bytes in all, doubling the buffer but never beyond the limit. */
	private grow(written: number, needed: number): Buffer {
		if (needed > this.limit) throw new InflateError(`inflates to more than the ${this.limit} bytes declared`);
		const next = this.allocate(Math.min(this.limit, Math.max(needed, this.out.length * 2)));
		next.set(this.out.subarray(0, written));
		this.out = next;
		return next;
	}

	private fail(problem: string, inPos: number, bitCount: number): InflateError {
		const consumed = Math.max(0, Math.min(this.inLength, inPos - (bitCount >> 3)));
		return new InflateError(`${problem} (at byte ${consumed} of ${this.inLength} compressed)`);
	}

	private truncated(inPos: number, bitCount: number): InflateError {
		return this.fail('the compressed data is truncated: it ends before its final block does', inPos, bitCount);
	}

	/** The next `count` bits (at most 16), outside the hot loop. */
	private bits(count: number): number {
		while (this.bitCount < count) {
			if (this.inPos >= this.inLength) throw this.truncated(this.inPos, this.bitCount);
			this.bitBuffer |= this.input[this.inPos++] << this.bitCount;
			this.bitCount += 8;
		}
		const value = this.bitBuffer & ((1 << count) - 1);
		this.bitBuffer >>>= count;
		this.bitCount -= count;
		return value;
	}

	/** Loads input bytes until `count` bits are held or the input ends. */
	private fill(count: number): void {
		while (this.bitCount < count && this.inPos < this.inLength) {
			this.bitBuffer |= this.input[this.inPos++] << this.bitCount;
			this.bitCount += 8;
		}
	}

	/** One symbol of the code length code (its codes are at most 7 bits: no sub-tables). */
	private codeLengthSymbol(rootBits: number): number {
		this.fill(rootBits);
		const entry = this.codeLengthTable[this.bitBuffer & ((1 << rootBits) - 1)];
		const length = entry & 15;
		if (length > this.bitCount) throw this.truncated(this.inPos, this.bitCount);
		this.bitBuffer >>>= length;
		this.bitCount -= length;
		return entry >>> 16;
	}

	private storedBlock(): void {
		// Skip to the byte boundary, then hand back the whole bytes already loaded.
		this.inPos -= this.bitCount >> 3;
		this.bitBuffer = 0;
		this.bitCount = 0;
		const at = this.inPos;
		if (at + 4 > this.inLength) throw this.truncated(at, 0);
		const length = this.input[at] | (this.input[at + 1] << 8);
		const complement = this.input[at + 2] | (this.input[at + 3] << 8);
		if (length !== (~complement & 0xffff)) {
			throw this.fail(`invalid stored block lengths (LEN ${length} is not the complement of NLEN ${complement})`, at, 0);
		}
		this.inPos = at + 4;
		if (this.inPos + length > this.inLength) throw this.truncated(this.inLength, 0);
		const needed = this.outPos + length;
		const out = needed > this.out.length ? this.grow(this.outPos, needed) : this.out;
		out.set(this.input.subarray(this.inPos, this.inPos + length), this.outPos);
		this.outPos = needed;
		this.inPos += length;
	}

	/** Reads a dynamic block's code definitions (RFC 1951, 3.2.7) into the tables; returns their root bits. */
	private dynamicTables(): [number, number] {
		const start = this.inPos;
		const literalCount = this.bits(5) + 257;
		const distanceCount = this.bits(5) + 1;
		const codeLengthCount = this.bits(4) + 4;
		if (literalCount > MAX_LITERAL_CODES || distanceCount > MAX_DISTANCE_CODES) {
			throw this.fail(`too many length or distance symbols (${literalCount} literal/length, ${distanceCount} distance codes)`, start, 0);
		}
		const codeLengthLengths = this.codeLengthLengths;
		codeLengthLengths.fill(0);
		for (let index = 0; index < codeLengthCount; index++) codeLengthLengths[CODE_LENGTH_ORDER[index]] = this.bits(3);
		const codeLengthBits = buildTable(codeLengthLengths, 0, 19, 'codeLength', this.codeLengthTable);
		if (typeof codeLengthBits === 'string') throw this.fail(`invalid code lengths set: ${codeLengthBits}`, this.inPos, this.bitCount);

		const lengths = this.codeLengths;
		const total = literalCount + distanceCount;
		let index = 0;
		while (index < total) {
			const symbol = this.codeLengthSymbol(codeLengthBits);
			if (symbol < 16) {
				lengths[index++] = symbol;
				continue;
			}
			let value = 0;
			let repeat: number;
			if (symbol === 16) {
				if (index === 0) throw this.fail('invalid bit length repeat: code 16 repeats the previous length, but there is none', this.inPos, this.bitCount);
				value = lengths[index - 1];
				repeat = 3 + this.bits(2);
			} else if (symbol === 17) repeat = 3 + this.bits(3);
			else repeat = 11 + this.bits(7);
			if (index + repeat > total) {
				throw this.fail(`invalid bit length repeat: it runs past the ${total} code lengths the block declares`, this.inPos, this.bitCount);
			}
			lengths.fill(value, index, index + repeat);
			index += repeat;
		}
		if (lengths[256] === 0) throw this.fail('invalid code: the block has no end-of-block code', this.inPos, this.bitCount);
		const literalBits = buildTable(lengths, 0, literalCount, 'literal', this.literalTable);
		if (typeof literalBits === 'string') throw this.fail(`invalid literal/lengths set: ${literalBits}`, this.inPos, this.bitCount);
		const distanceBits = buildTable(lengths, literalCount, distanceCount, 'distance', this.distanceTable);
		if (typeof distanceBits === 'string') throw this.fail(`invalid distances set: ${distanceBits}`, this.inPos, this.bitCount);
		return [literalBits, distanceBits];
	}

	/**
	 * The hot loop: decodes one Huffman block until its end-of-block code. State lives in locals. Past the
	 * end of the input it loads zero bytes, so that a code can be looked up before knowing whether its bits
	 * exist; after each symbol, consuming any of those zero bits means the input was truncated.
	 */
	private huffmanBlock(literalTable: Int32Array, literalBits: number, distanceTable: Int32Array, distanceBits: number): void {
		const input = this.input;
		const inLength = this.inLength;
		const literalMask = (1 << literalBits) - 1;
		const distanceMask = (1 << distanceBits) - 1;
		let inPos = this.inPos;
		let bitBuffer = this.bitBuffer;
		let bitCount = this.bitCount;
		let out = this.out;
		let outPos = this.outPos;
		let capacity = out.length;

		for (;;) {
			if (bitCount < 15) {
				if (inPos + 1 < inLength) {
					// Two bytes at once: at most 14 + 16 = 30 bits held, so the buffer stays a non-negative int32.
					bitBuffer |= (input[inPos] | (input[inPos + 1] << 8)) << bitCount;
					inPos += 2;
					bitCount += 16;
				} else {
					do {
						if (inPos < inLength) bitBuffer |= input[inPos] << bitCount;
						inPos++;
						bitCount += 8;
					} while (bitCount <= 23);
				}
			}
			let entry = literalTable[bitBuffer & literalMask];
			if ((entry & KIND_LINK) !== 0) {
				bitBuffer >>>= literalBits;
				bitCount -= literalBits;
				entry = literalTable[(entry >>> 16) + (bitBuffer & ((1 << ((entry >>> 8) & 15)) - 1))];
			}
			let used = entry & 15;
			bitBuffer >>>= used;
			bitCount -= used;
			if (inPos > inLength && (inPos - inLength) << 3 > bitCount) throw this.truncated(inLength, 0);
			let kind = entry & KIND_MASK;
			if (kind === KIND_LITERAL) {
				if (outPos === capacity) {
					out = this.grow(outPos, outPos + 1);
					capacity = out.length;
				}
				out[outPos++] = entry >>> 16;
				continue;
			}
			if (kind !== KIND_BASE) {
				if (kind === KIND_END_OF_BLOCK) break;
				throw this.fail('invalid literal/length code', inPos, bitCount);
			}

			let length = entry >>> 16;
			used = (entry >>> 8) & 15;
			if (used !== 0) {
				if (bitCount < used) {
					do {
						if (inPos < inLength) bitBuffer |= input[inPos] << bitCount;
						inPos++;
						bitCount += 8;
					} while (bitCount <= 23);
				}
				length += bitBuffer & ((1 << used) - 1);
				bitBuffer >>>= used;
				bitCount -= used;
			}
			if (bitCount < 15) {
				if (inPos + 1 < inLength) {
					// Two bytes at once: at most 14 + 16 = 30 bits held, so the buffer stays a non-negative int32.
					bitBuffer |= (input[inPos] | (input[inPos + 1] << 8)) << bitCount;
					inPos += 2;
					bitCount += 16;
				} else {
					do {
						if (inPos < inLength) bitBuffer |= input[inPos] << bitCount;
						inPos++;
						bitCount += 8;
					} while (bitCount <= 23);
				}
			}
			entry = distanceTable[bitBuffer & distanceMask];
			if ((entry & KIND_LINK) !== 0) {
				bitBuffer >>>= distanceBits;
				bitCount -= distanceBits;
				entry = distanceTable[(entry >>> 16) + (bitBuffer & ((1 << ((entry >>> 8) & 15)) - 1))];
			}
			used = entry & 15;
			bitBuffer >>>= used;
			bitCount -= used;
			kind = entry & KIND_MASK;
			let distance = entry >>> 16;
			used = (entry >>> 8) & 15;
			if (used !== 0) {
				if (bitCount < used) {
					do {
						if (inPos < inLength) bitBuffer |= input[inPos] << bitCount;
						inPos++;
						bitCount += 8;
					} while (bitCount <= 23);
				}
				distance += bitBuffer & ((1 << used) - 1);
				bitBuffer >>>= used;
				bitCount -= used;
			}
			if (inPos > inLength && (inPos - inLength) << 3 > bitCount) throw this.truncated(inLength, 0);
			if (kind !== KIND_BASE) throw this.fail('invalid distance code', inPos, bitCount);
			if (distance > outPos) {
				throw this.fail(`invalid distance too far back (${distance} bytes back, after only ${outPos} bytes of output)`, inPos, bitCount);
			}

			const end = outPos + length;
			if (end > capacity) {
				out = this.grow(outPos, end);
				capacity = out.length;
			}
			let from = outPos - distance;
			if (distance === 1) {
				out.fill(out[from], outPos, end);
				outPos = end;
			} else if (length > 32 && distance >= length) {
				out.copyWithin(outPos, from, from + length);
				outPos = end;
			} else {
				while (outPos < end) out[outPos++] = out[from++];
			}
		}

		// Hand back the zero bytes loaded past the end: they were not consumed (checked above).
		if (inPos > inLength) {
			bitCount -= (inPos - inLength) << 3;
			inPos = inLength;
		}
		this.inPos = inPos;
		this.bitBuffer = bitBuffer;
		this.bitCount = bitCount;
		this.outPos = outPos;
	}
}
