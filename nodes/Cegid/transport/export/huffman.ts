/**
 * Canonical Huffman decoding tables for DEFLATE (RFC 1951, 3.2.2), built so that a symbol is found with
 * one or two array reads. Deflate packs a code's bits most significant first into a stream read least
 * significant first, so tables are indexed by the bit-reversed code.
 *
 * A table is an Int32Array. Its first `1 << rootBits` entries are indexed by the next `rootBits` input
 * bits; a code longer than `rootBits` goes through a link entry to a sub-table indexed by the bits that
 * follow. Each entry packs:
 *   bits 0-3   how many bits the entry consumes (a link: `rootBits`; a sub-table leaf: length - rootBits)
 *   bits 4-7   kind: LITERAL, LENGTH/DISTANCE, END_OF_BLOCK, INVALID or LINK
 *   bits 8-11  extra bits that follow the code (lengths, distances); a link: its sub-table's index bits
 *   bits 16-31 value: the literal byte, the length or distance base, or a link's sub-table offset
 */
export const KIND_LITERAL = 0x00;
/** A length (literal/length table) or a distance (distance table): base in the value, extra bits in bits 8-11. */
export const KIND_BASE = 0x10;
export const KIND_END_OF_BLOCK = 0x20;
/** A code the table holds no symbol for (an incomplete code), or a symbol deflate forbids (286, 287, distance 30, 31). */
export const KIND_INVALID = 0x40;
export const KIND_LINK = 0x80;
export const KIND_MASK = 0xf0;

export const MAX_CODE_BITS = 15;

/** Root index bits: the literal/length table and the distance table; the code length code is at most 7 bits. */
export const LITERAL_ROOT_BITS = 10;
export const DISTANCE_ROOT_BITS = 8;
export const CODE_LENGTH_ROOT_BITS = 7;

/**
 * Upper bounds on table sizes: the root table plus, at worst, one full sub-table (2^(15 - root) entries)
 * per symbol longer than the root. Tables are allocated once per inflation at these sizes.
 */
export const LITERAL_TABLE_SIZE = (1 << LITERAL_ROOT_BITS) + 288 * (1 << (MAX_CODE_BITS - LITERAL_ROOT_BITS));
export const DISTANCE_TABLE_SIZE = (1 << DISTANCE_ROOT_BITS) + 32 * (1 << (MAX_CODE_BITS - DISTANCE_ROOT_BITS));
export const CODE_LENGTH_TABLE_SIZE = 1 << CODE_LENGTH_ROOT_BITS;

/** Length symbols 257-285 (RFC 1951, 3.2.5): base lengths and extra bits. */
const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
/** Distance symbols 0-29: base distances and extra bits. */
const DISTANCE_BASE = [
	1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DISTANCE_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

function entry(kind: number, value: number, extra: number): number {
	return (value << 16) | (extra << 8) | kind;
}

/** What each literal/length symbol decodes to, without the consumed-bits field. */
const LITERAL_SYMBOLS = new Int32Array(288);
/** What each distance symbol decodes to. */
const DISTANCE_SYMBOLS = new Int32Array(32);
/** A code length code symbol (0-18) is its own value. */
const CODE_LENGTH_SYMBOLS = new Int32Array(19);
for (let symbol = 0; symbol < 288; symbol++) {
	if (symbol < 256) LITERAL_SYMBOLS[symbol] = entry(KIND_LITERAL, symbol, 0);
	else if (symbol === 256) LITERAL_SYMBOLS[symbol] = entry(KIND_END_OF_BLOCK, 0, 0);
	else if (symbol <= 285) LITERAL_SYMBOLS[symbol] = entry(KIND_BASE, LENGTH_BASE[symbol - 257], LENGTH_EXTRA[symbol - 257]);
	else LITERAL_SYMBOLS[symbol] = entry(KIND_INVALID, symbol, 0);
}
for (let symbol = 0; symbol < 32; symbol++) {
	DISTANCE_SYMBOLS[symbol] = symbol < 30 ? entry(KIND_BASE, DISTANCE_BASE[symbol], DISTANCE_EXTRA[symbol]) : entry(KIND_INVALID, symbol, 0);
}
for (let symbol = 0; symbol < 19; symbol++) CODE_LENGTH_SYMBOLS[symbol] = entry(KIND_LITERAL, symbol, 0);

export type Alphabet = 'literal' | 'distance' | 'codeLength';

const SYMBOLS: Record<Alphabet, Int32Array> = { literal: LITERAL_SYMBOLS, distance: DISTANCE_SYMBOLS, codeLength: CODE_LENGTH_SYMBOLS };
const ROOT_BITS: Record<Alphabet, number> = { literal: LITERAL_ROOT_BITS, distance: DISTANCE_ROOT_BITS, codeLength: CODE_LENGTH_ROOT_BITS };

/** The root index bits of a built table, or a reason the code lengths do not form a usable code. */
export type BuildResult = number | string;

/** Per-build scratch, reused: codes per symbol, counts and next codes per length, sub-table bits per root index. */
const codes = new Int32Array(288);
const counts = new Int32Array(MAX_CODE_BITS + 1);
const nextCode = new Int32Array(MAX_CODE_BITS + 2);
const subTableBits = new Int32Array(1 << LITERAL_ROOT_BITS);
const subTableStart = new Int32Array(1 << LITERAL_ROOT_BITS);

function reverse(code: number, length: number): number {
	let reversed = 0;
	for (let bit = 0; bit < length; bit++) {
		reversed = (reversed << 1) | (code & 1);
		code >>>= 1;
	}
	return reversed;
}

/**
 * Builds the decoding table for `count` code lengths starting at `lengths[start]` into `table`.
 * Returns the root index bits, or why the lengths are refused: an over-subscribed code (more codes
 * than the bits allow), or an incomplete one. Like zlib, an incomplete code is accepted only for
 * literal/length and distance codes made of a single one-bit code (RFC 1951, 3.2.7, allows one
 * distance code of one bit), and a distance code with no codes at all (a block of literals only);
 * its unused bit patterns decode to INVALID.
 */
export function buildTable(lengths: Uint8Array, start: number, count: number, alphabet: Alphabet, table: Int32Array): BuildResult {
	const symbols = SYMBOLS[alphabet];
	counts.fill(0);
	for (let symbol = 0; symbol < count; symbol++) counts[lengths[start + symbol]]++;
	let maxLength = MAX_CODE_BITS;
	while (maxLength > 0 && counts[maxLength] === 0) maxLength--;
	if (maxLength === 0) {
		if (alphabet !== 'distance') return 'no codes at all';
		table[0] = entry(KIND_INVALID, 0, 0) | 1;
		table[1] = table[0];
		return 1;
	}
	let left = 1;
	for (let length = 1; length <= MAX_CODE_BITS; length++) {
		left = (left << 1) - counts[length];
		if (left < 0) return 'an over-subscribed code (more codes than their lengths allow)';
	}
	if (left > 0 && (alphabet === 'codeLength' || maxLength !== 1)) return 'an incomplete code (some bit patterns left without a symbol)';

	const rootBits = Math.min(ROOT_BITS[alphabet], maxLength);
	const rootSize = 1 << rootBits;
	// Canonical codes: shorter codes first, codes of one length in symbol order (RFC 1951, 3.2.2).
	counts[0] = 0;
	nextCode[1] = 0;
	for (let length = 1; length <= MAX_CODE_BITS; length++) nextCode[length + 1] = (nextCode[length] + counts[length]) << 1;
	for (let symbol = 0; symbol < count; symbol++) {
		const length = lengths[start + symbol];
		codes[symbol] = length === 0 ? 0 : reverse(nextCode[length]++, length);
	}

	const invalid = entry(KIND_INVALID, 0, 0) | 1;
	table.fill(invalid, 0, rootSize);
	let used = rootSize;
	if (maxLength > rootBits) {
		// Size each sub-table by the longest code sharing its root bits, then lay them out after the root.
		subTableBits.fill(0, 0, rootSize);
		for (let symbol = 0; symbol < count; symbol++) {
			const length = lengths[start + symbol];
			if (length <= rootBits) continue;
			const root = codes[symbol] & (rootSize - 1);
			subTableBits[root] = Math.max(subTableBits[root], length - rootBits);
		}
		for (let root = 0; root < rootSize; root++) {
			const bits = subTableBits[root];
			if (bits === 0) continue;
			subTableStart[root] = used;
			table[root] = entry(KIND_LINK, used, bits) | rootBits;
			table.fill(invalid, used, used + (1 << bits));
			used += 1 << bits;
		}
	}
	for (let symbol = 0; symbol < count; symbol++) {
		const length = lengths[start + symbol];
		if (length === 0) continue;
		const code = codes[symbol];
		if (length <= rootBits) {
			const leaf = symbols[symbol] | length;
			for (let index = code; index < rootSize; index += 1 << length) table[index] = leaf;
		} else {
			const root = code & (rootSize - 1);
			const base = subTableStart[root];
			const size = 1 << subTableBits[root];
			const subLength = length - rootBits;
			const leaf = symbols[symbol] | subLength;
			for (let index = code >>> rootBits; index < size; index += 1 << subLength) table[base + index] = leaf;
		}
	}
	return rootBits;
}

/** The fixed codes of block type 1 (RFC 1951, 3.2.6), built once. */
export const FIXED_LITERAL_TABLE = new Int32Array(1 << 9);
export const FIXED_DISTANCE_TABLE = new Int32Array(1 << 5);

function fixedLengths(ranges: Array<[number, number]>): Uint8Array {
	const lengths = new Uint8Array(ranges[ranges.length - 1][0]);
	let start = 0;
	for (const [end, length] of ranges) {
		lengths.fill(length, start, end);
		start = end;
	}
	return lengths;
}

function buildFixed(lengths: Uint8Array, alphabet: Alphabet, table: Int32Array): number {
	const rootBits = buildTable(lengths, 0, lengths.length, alphabet, table);
	if (typeof rootBits === 'string') throw new Error(`The fixed ${alphabet} code cannot be built: ${rootBits}`);
	return rootBits;
}

export const FIXED_LITERAL_ROOT_BITS = buildFixed(fixedLengths([[144, 8], [256, 9], [280, 7], [288, 8]]), 'literal', FIXED_LITERAL_TABLE);
export const FIXED_DISTANCE_ROOT_BITS = buildFixed(fixedLengths([[32, 5]]), 'distance', FIXED_DISTANCE_TABLE);
