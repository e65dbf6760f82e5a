import { constants, deflateRawSync, type ZlibOptions } from 'node:zlib';

import { candidateExport, crc32, firstBlockType, inflateEntry, Random, text, zlibCrc, zlibInflate } from './support';

/**
 * The TypeScript inflater against zlib's, byte for byte, over streams zlib's deflate makes with every
 * level, strategy, window size and memory level, and data from empty to 20 MB: incompressible, prose,
 * JSON exports, and runs that make long matches and distance-1 copies. Also the CRC-32 against zlib's.
 */
const random = new Random(20261127);
const KB = 1024;
const MB = 1024 * KB;

function periodic(period: string, bytes: number): Buffer {
	return Buffer.from(period.repeat(Math.ceil(bytes / period.length))).subarray(0, bytes);
}

/** Repetitive data of several shapes: one byte, short periods, long repeated blocks, runs between noise. */
function repetitive(bytes: number): Buffer {
	const block = random.bytes(3000);
	const parts: Buffer[] = [];
	let length = 0;
	for (let index = 0; length < bytes; index++) {
		const part = [Buffer.alloc(1 + random.below(2000), random.below(256)), block, random.bytes(1 + random.below(40)), periodic('ab', 300)][index % 4];
		parts.push(part);
		length += part.length;
	}
	return Buffer.concat(parts).subarray(0, bytes);
}

const DATA: Array<[string, Buffer]> = [
	['empty', Buffer.alloc(0)],
	['one byte', Buffer.from('x')],
	['two bytes', Buffer.from('xy')],
	['258 zeros', Buffer.alloc(258)],
	['random 1 KB', random.bytes(KB)],
	['random 65,535 bytes (one stored block)', random.bytes(65_535)],
	['random 65,537 bytes (two stored blocks)', random.bytes(65_537)],
	['random 1 MB', random.bytes(MB)],
	['text 10 KB', text(random, 10 * KB)],
	['text 1 MB', text(random, MB)],
	['candidate export JSON 512 KB', candidateExport(random, 512 * KB)],
	['zeros 1 MB (distance 1, length 258)', Buffer.alloc(MB)],
	['period 3 (short distances, overlapping copies)', periodic('abc', 300 * KB)],
	['period 100 (overlapping copies longer than the distance)', periodic(random.bytes(100).toString('latin1'), 300 * KB)],
	['repetitive mix 1 MB', repetitive(MB)],
];

interface Variant {
	name: string;
	options: ZlibOptions;
	/** The first block's type this variant must produce for non-empty data, when it forces one. */
	blockType?: number;
}

const VARIANTS: Variant[] = [
	...Array.from({ length: 10 }, (_, level): Variant => ({ name: `level ${level}`, options: { level }, blockType: level === 0 ? 0 : undefined })),
	{ name: 'Z_FIXED (fixed Huffman)', options: { strategy: constants.Z_FIXED }, blockType: 1 },
	{ name: 'Z_FIXED level 1', options: { strategy: constants.Z_FIXED, level: 1 }, blockType: 1 },
	{ name: 'Z_HUFFMAN_ONLY', options: { strategy: constants.Z_HUFFMAN_ONLY } },
	{ name: 'Z_RLE', options: { strategy: constants.Z_RLE } },
	{ name: 'Z_FILTERED', options: { strategy: constants.Z_FILTERED } },
	...[9, 10, 12, 14].map((windowBits): Variant => ({ name: `windowBits ${windowBits}`, options: { windowBits } })),
	{ name: 'memLevel 1', options: { memLevel: 1 } },
	{ name: 'memLevel 9, level 9', options: { memLevel: 9, level: 9 } },
	{ name: 'memLevel 1, windowBits 9, level 1', options: { memLevel: 1, windowBits: 9, level: 1 } },
];

/** The first block types each variant made over the corpus. */
const blockTypes = new Map<string, Set<number>>();
function seen(variant: Variant, type: number): void {
	const types = blockTypes.get(variant.name) ?? new Set<number>();
	types.add(type);
	blockTypes.set(variant.name, types);
}

function check(data: Buffer, compressed: Buffer): void {
	const ours = inflateEntry(compressed, data.length);
	if (ours instanceof Error) throw ours;
	const reference = zlibInflate(compressed, data.length);
	if (reference instanceof Error) throw reference;
	expect(ours.length).toBe(data.length);
	expect(ours.equals(reference)).toBe(true);
	expect(ours.equals(data)).toBe(true);
}

describe('inflateEntry is byte-identical to zlib', () => {
	it.each(DATA)('%s, every level, strategy, window size and memory level', (_name, data) => {
		for (const variant of VARIANTS) {
			const compressed = deflateRawSync(data, variant.options);
			if (data.length > 0) seen(variant, firstBlockType(compressed));
			check(data, compressed);
		}
	});

	it('the corpus covered every block type: level 0 stored only, Z_FIXED fixed (stored when incompressible)', () => {
		for (const variant of VARIANTS) {
			if (variant.blockType === 0) expect([variant.name, [...blockTypes.get(variant.name)!]]).toEqual([variant.name, [0]]);
			if (variant.blockType === 1) expect([variant.name, [...blockTypes.get(variant.name)!].sort()]).toEqual([variant.name, [0, 1]]);
		}
		expect(blockTypes.get('level 6')).toEqual(new Set([0, 1, 2]));
	});

	it('the default level makes dynamic blocks, which the corpus therefore covers', () => {
		expect(firstBlockType(deflateRawSync(text(random, 10 * KB)))).toBe(2);
		expect(firstBlockType(deflateRawSync(candidateExport(random, 10 * KB)))).toBe(2);
	});

	it('streams of many blocks of every type, one after the other', () => {
		// Flushing between chunks ends blocks; switching level between calls mixes stored, fixed and dynamic.
		const parts = [text(random, 40 * KB), random.bytes(70 * KB), Buffer.alloc(20 * KB, 1), text(random, 5)];
		const data = Buffer.concat(parts);
		for (const options of [{ level: 0 }, { strategy: constants.Z_FIXED }, {}, { level: 1, memLevel: 1 }] as ZlibOptions[]) {
			check(data, deflateRawSync(data, { ...options, chunkSize: 1024 }));
		}
	});

	it('20 MB of prose and exports, default level', () => {
		const data = Buffer.concat([text(random, 12 * MB), candidateExport(random, 8 * MB)]);
		const compressed = deflateRawSync(data, { level: 6 });
		check(data, compressed);
		expect(crc32(data)).toBe(zlibCrc(data));
	});
});

describe('crc32 equals zlib.crc32', () => {
	it.each(DATA)('%s', (_name, data) => {
		expect(crc32(data)).toBe(zlibCrc(data));
	});

	it('every length from 0 to 300 and every alignment of the 8-byte steps', () => {
		const bytes = random.bytes(310);
		for (let start = 0; start < 8; start++) {
			for (let length = 0; length <= 300; length++) {
				const slice = bytes.subarray(start, start + length);
				expect(crc32(slice)).toBe(zlibCrc(slice));
			}
		}
	});
});
