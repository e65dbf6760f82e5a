import { join } from 'node:path';
import { crc32 as zlibCrc32, inflateRawSync } from 'node:zlib';

import { PROJECT_ROOT } from '../../harness/package-loader';

// The code under test, imported here only, so that moving the Cegid export folder changes one place.
export { crc32, inflateEntry } from '../../../nodes/Cegid/transport/export/inflate';
export { Inflater } from '../../../nodes/Cegid/transport/export/inflater';
export { ZipArchive } from '../../../nodes/Cegid/transport/export/zipArchive';
/** Where the build puts the Cegid export code the node runs. */
export const BUILT_EXPORT_DIR = join(PROJECT_ROOT, 'dist', 'nodes', 'Cegid', 'transport', 'export');

/**
 * Helpers for the inflater's tests: a seeded random source (failures print their seed), test data of
 * several kinds, a bit writer to craft DEFLATE streams by hand, and zlib as the reference (tests only).
 */

/** A small seeded generator (xorshift32 with a splitmix-style seed scramble): the same seed, the same bytes. */
export class Random {
	private state: number;

	constructor(readonly seed: number) {
		let s = (seed ^ 0x9e3779b9) >>> 0;
		s = Math.imul(s ^ (s >>> 16), 0x85ebca6b) >>> 0;
		s = Math.imul(s ^ (s >>> 13), 0xc2b2ae35) >>> 0;
		this.state = (s ^ (s >>> 16)) >>> 0 || 1;
	}

	/** An unsigned 32-bit integer. */
	next(): number {
		let x = this.state;
		x ^= x << 13;
		x ^= x >>> 17;
		x ^= x << 5;
		this.state = x >>> 0;
		return this.state;
	}

	/** An integer in [0, n). */
	below(n: number): number {
		return Math.floor((this.next() / 0x1_0000_0000) * n);
	}

	bytes(length: number): Buffer {
		const out = Buffer.allocUnsafe(length);
		for (let index = 0; index < length; index++) out[index] = this.next() & 0xff;
		return out;
	}

	pick<T>(items: readonly T[]): T {
		return items[this.below(items.length)];
	}
}

/** A seed from the environment (INFLATE_SEED) to replay a failure, else a fresh one. */
export function seedFor(name: string): number {
	const fromEnvironment = Number(process.env.INFLATE_SEED);
	const seed = Number.isInteger(fromEnvironment) && process.env.INFLATE_SEED ? fromEnvironment : Math.floor(Math.random() * 0x7fffffff);
	process.stdout.write(`${name}: seed ${seed} (replay with INFLATE_SEED=${seed})\n`);
	return seed;
}

const WORDS = (
	'candidate vacancy recruiter interview offer applicant resume cover letter salary contract permanent temporary ' +
	'Paris Lyon London manager engineer nurse accountant the of and to in for with on at by from experience years ' +
	'skills diploma language English French availability immediately status published closed'
).split(' ');

/** Word salad with some structure: compresses like real prose (about 3 to 4 to 1). */
export function text(random: Random, bytes: number): Buffer {
	const parts: string[] = [];
	let length = 0;
	while (length < bytes) {
		const sentence = Array.from({ length: 4 + random.below(14) }, () => random.pick(WORDS)).join(' ');
		const line = `${sentence}${random.below(5) === 0 ? ` ${random.below(1_000_000)}` : ''}.${random.below(4) === 0 ? '\n' : ' '}`;
		parts.push(line);
		length += line.length;
	}
	return Buffer.from(parts.join('')).subarray(0, bytes);
}

/** A Cegid candidate export record as JSON, the way the sandbox and Cegid send them. */
export function candidateJson(random: Random, index: number): Record<string, unknown> {
	return {
		candidateDetail: {
			id: `_TS-${100000 + index}`,
			firstName: random.pick(['Alice', 'Bruno', 'Chloé', 'David', 'Emma', 'Farid', 'Giulia']),
			lastName: random.pick(['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit']),
			email: `candidate${index}@example.com`,
			phoneNumber: `+33 6 ${String(random.below(100_000_000)).padStart(8, '0')}`,
			address: { city: random.pick(['Paris', 'Lyon', 'Nantes', 'Lille']), postalCode: String(10000 + random.below(89999)), country: 'FR' },
			creationDate: new Date(Date.UTC(2020, 0, 1) + random.below(5 * 365) * 86_400_000).toISOString(),
			skills: Array.from({ length: 2 + random.below(6) }, () => random.pick(WORDS)),
			summary: text(random, 200 + random.below(600)).toString(),
		},
		applications: Array.from({ length: 1 + random.below(3) }, (_, n) => ({
			vacancyReference: `2024-${String(random.below(9999)).padStart(4, '0')}`,
			status: random.pick(['New', 'Interview', 'Offer', 'Rejected', 'Hired']),
			rank: n + 1,
		})),
		attachments: [{ id: `att-${index}`, filename: `cv-${index}.pdf`, mimeType: 'application/pdf', isResume: true }],
	};
}

/** Many candidate records, one JSON document: what an export's JSON looks like in bulk. */
export function candidateExport(random: Random, bytes: number): Buffer {
	const parts: string[] = [];
	let length = 0;
	for (let index = 0; length < bytes; index++) {
		const part = JSON.stringify(candidateJson(random, index));
		parts.push(part);
		length += part.length + 1;
	}
	return Buffer.from(`[${parts.join(',')}]`).subarray(0, bytes);
}

/** zlib's answer, as a Buffer or an Error (the reference). */
export function zlibInflate(compressed: Buffer, limit: number): Buffer | Error {
	try {
		return inflateRawSync(compressed, { maxOutputLength: Math.max(1, limit) });
	} catch (error) {
		// zlib's errors come from Node's realm, not the test's: rebuild them so `instanceof Error` holds.
		return new Error((error as Error).message);
	}
}

export function zlibCrc(data: Buffer): number {
	return zlibCrc32(data) >>> 0;
}

/** The type (0 stored, 1 fixed, 2 dynamic) of a stream's first block. */
export function firstBlockType(compressed: Buffer): number {
	return (compressed[0] >> 1) & 3;
}

/** Writes bits least significant first, the way DEFLATE packs them. */
export class BitWriter {
	private readonly bytes: number[] = [];
	private current = 0;
	private count = 0;

	bits(value: number, count: number): this {
		for (let bit = 0; bit < count; bit++) {
			this.current |= ((value >>> bit) & 1) << this.count;
			if (++this.count === 8) this.flushByte();
		}
		return this;
	}

	/** A Huffman code: its bits go most significant first. */
	code(code: number, length: number): this {
		for (let bit = length - 1; bit >= 0; bit--) this.bits((code >>> bit) & 1, 1);
		return this;
	}

	/** Pads to a byte boundary with zero bits. */
	align(): this {
		if (this.count > 0) this.flushByte();
		return this;
	}

	raw(bytes: number[] | Buffer): this {
		this.align();
		for (const byte of bytes) this.bytes.push(byte);
		return this;
	}

	done(): Buffer {
		this.align();
		return Buffer.from(this.bytes);
	}

	private flushByte(): void {
		this.bytes.push(this.current);
		this.current = 0;
		this.count = 0;
	}
}

/** Canonical codes for `lengths` (RFC 1951, 3.2.2): code per symbol, undefined for length 0. */
export function canonicalCodes(lengths: number[]): Array<number | undefined> {
	const counts = new Array<number>(16).fill(0);
	for (const length of lengths) if (length > 0) counts[length]++;
	const next = new Array<number>(17).fill(0);
	for (let length = 1; length <= 15; length++) next[length + 1] = (next[length] + counts[length]) << 1;
	return lengths.map((length) => (length > 0 ? next[length]++ : undefined));
}

/** Writes fixed-code (block type 1) symbols. */
export function fixedLiteral(writer: BitWriter, symbol: number): void {
	if (symbol < 144) writer.code(0x30 + symbol, 8);
	else if (symbol < 256) writer.code(0x190 + symbol - 144, 9);
	else if (symbol < 280) writer.code(symbol - 256, 7);
	else writer.code(0xc0 + symbol - 280, 8);
}

export function fixedDistance(writer: BitWriter, symbol: number): void {
	writer.code(symbol, 5);
}

export const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/**
 * Writes a dynamic block header (RFC 1951, 3.2.7) for the given literal/length and distance code lengths,
 * each length sent as a plain code length symbol (0-15) with a complete 5-bit code length code, or with
 * the raw symbol sequence `symbols` ([symbol, extra bits value]) and code length lengths when given.
 */
export function dynamicHeader(
	writer: BitWriter,
	literalLengths: number[],
	distanceLengths: number[],
	custom?: { codeLengthLengths: number[]; symbols: Array<[number, number]> },
): void {
	writer.bits(1, 1).bits(2, 2);
	writer.bits(literalLengths.length - 257, 5).bits(distanceLengths.length - 1, 5).bits(19 - 4, 4);
	// Default code length code: symbols 0-15 take 4 or 5 bits (16 x 4 would be complete alone; use 0-18 at 5/4 bits).
	const codeLengthLengths = custom?.codeLengthLengths ?? [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5];
	for (const symbol of CODE_LENGTH_ORDER) writer.bits(codeLengthLengths[symbol], 3);
	const codes = canonicalCodes(codeLengthLengths);
	const symbols: Array<[number, number]> = custom?.symbols ?? [...literalLengths, ...distanceLengths].map((length) => [length, 0]);
	for (const [symbol, extra] of symbols) {
		writer.code(codes[symbol]!, codeLengthLengths[symbol]);
		if (symbol === 16) writer.bits(extra, 2);
		if (symbol === 17) writer.bits(extra, 3);
		if (symbol === 18) writer.bits(extra, 7);
	}
}
