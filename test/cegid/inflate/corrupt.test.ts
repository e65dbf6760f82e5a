import { deflateRawSync } from 'node:zlib';

import { BitWriter, dynamicHeader, fixedDistance, fixedLiteral, inflateEntry, Inflater, Random, text, zlibInflate } from './support';

/**
 * Streams crafted bit by bit to break one rule of RFC 1951 each: every one ends in an Error that says
 * what is wrong (returned, never thrown), and zlib refuses each as well. Also the output limit and the
 * memory the inflater allocates.
 */
const MB = 1024 * 1024;

function refused(stream: Buffer, declared = 1000): string {
	const ours = inflateEntry(stream, declared);
	expect(ours).toBeInstanceOf(Error);
	expect(zlibInflate(stream, declared)).toBeInstanceOf(Error);
	return (ours as Error).message;
}

function accepted(stream: Buffer, declared = 1000): Buffer {
	const ours = inflateEntry(stream, declared);
	if (ours instanceof Error) throw ours;
	expect(ours.equals(zlibInflate(stream, declared) as Buffer)).toBe(true);
	return ours;
}

/** A final fixed block: `before` writes symbols, then end-of-block. */
function fixedBlock(before: (writer: BitWriter) => void): Buffer {
	const writer = new BitWriter().bits(1, 1).bits(1, 2);
	before(writer);
	fixedLiteral(writer, 256);
	return writer.done();
}

/** Literal/length lengths: 'a' (97) and end-of-block, both 1 bit unless given; `extra` overrides. */
function literalLengths(extra: Record<number, number> = {}): number[] {
	const lengths = new Array<number>(257).fill(0);
	lengths[97] = 1;
	lengths[256] = 1;
	for (const [symbol, length] of Object.entries(extra)) lengths[Number(symbol)] = length;
	return lengths;
}

describe('inflateEntry refuses what RFC 1951 forbids, with a clear Error', () => {
	it('a stored block whose LEN is not the complement of NLEN', () => {
		const stream = new BitWriter().bits(1, 1).bits(0, 2).raw([5, 0, 0xfa, 0xfe, 1, 2, 3, 4, 5]).done();
		expect(refused(stream)).toMatch(/^invalid stored block lengths \(LEN 5 is not the complement of NLEN 65274\) \(at byte 1 of 10 compressed\)$/);
		const good = new BitWriter().bits(1, 1).bits(0, 2).raw([5, 0, 0xfa, 0xff, 1, 2, 3, 4, 5]).done();
		expect([...accepted(good)]).toEqual([1, 2, 3, 4, 5]);
	});

	it('block type 3', () => {
		expect(refused(new BitWriter().bits(1, 1).bits(3, 2).done())).toMatch(/^invalid block type 3/);
	});

	it('literal/length codes 286 and 287, and distance codes 30 and 31, in a fixed block', () => {
		for (const symbol of [286, 287]) expect(refused(fixedBlock((writer) => fixedLiteral(writer, symbol)))).toMatch(/^invalid literal\/length code/);
		for (const symbol of [30, 31]) {
			const stream = fixedBlock((writer) => {
				fixedLiteral(writer, 97);
				fixedLiteral(writer, 257);
				fixedDistance(writer, symbol);
			});
			expect(refused(stream)).toMatch(/^invalid distance code/);
		}
	});

	it('a dynamic block declaring more than 286 literal/length or 30 distance codes', () => {
		for (const [literals, distances] of [
			[287, 1],
			[288, 1],
			[257, 31],
			[257, 32],
		]) {
			const writer = new BitWriter();
			dynamicHeader(writer, literalLengths(Object.fromEntries(Array.from({ length: literals - 257 }, (_, n) => [257 + n, 0]))), new Array<number>(distances).fill(0));
			expect(refused(writer.done())).toMatch(/^too many length or distance symbols/);
		}
	});

	it('a repeat of the previous length (code 16) before any length', () => {
		const writer = new BitWriter();
		dynamicHeader(writer, literalLengths(), [1], {
			codeLengthLengths: [0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2],
			symbols: [[16, 0]],
		});
		expect(refused(writer.done())).toMatch(/^invalid bit length repeat: code 16 repeats the previous length, but there is none/);
	});

	it('a repeat running past the declared code lengths', () => {
		const writer = new BitWriter();
		// 257 literal/length + 1 distance lengths; 18 with 127 extra repeats 138 zeros, twice, from 0 → 276 > 258.
		dynamicHeader(writer, literalLengths(), [1], {
			codeLengthLengths: [0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2],
			symbols: [
				[18, 127],
				[18, 127],
			],
		});
		expect(refused(writer.done())).toMatch(/^invalid bit length repeat: it runs past the 258 code lengths/);
	});

	it('an over-subscribed or incomplete code length code', () => {
		const over = new BitWriter();
		dynamicHeader(over, literalLengths(), [1], { codeLengthLengths: [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], symbols: [] });
		expect(refused(over.done())).toMatch(/^invalid code lengths set: an over-subscribed code/);
		const incomplete = new BitWriter();
		dynamicHeader(incomplete, literalLengths(), [1], { codeLengthLengths: [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], symbols: [] });
		expect(refused(incomplete.done())).toMatch(/^invalid code lengths set: an incomplete code/);
		const none = new BitWriter();
		dynamicHeader(none, literalLengths(), [1], { codeLengthLengths: new Array<number>(19).fill(0), symbols: [] });
		expect(refused(none.done())).toMatch(/^invalid code lengths set: no codes at all/);
	});

	it('over-subscribed and incomplete literal/length and distance codes', () => {
		const cases: Array<[number[], number[], RegExp]> = [
			[literalLengths({ 98: 1 }), [1], /^invalid literal\/lengths set: an over-subscribed code/],
			[literalLengths({ 97: 2, 256: 2 }), [1], /^invalid literal\/lengths set: an incomplete code/],
			[literalLengths(), [1, 1, 1], /^invalid distances set: an over-subscribed code/],
			[literalLengths(), [2, 2, 2], /^invalid distances set: an incomplete code/],
		];
		for (const [literals, distances, problem] of cases) {
			const writer = new BitWriter();
			dynamicHeader(writer, literals, distances);
			fixedLiteral(writer, 0);
			expect(refused(writer.done())).toMatch(problem);
		}
	});

	it('accepts what zlib accepts: a single one-bit distance code, no distance codes at all, a lone end-of-block code', () => {
		const single = new BitWriter();
		dynamicHeader(single, literalLengths({ 257: 2, 256: 2 }), [1]);
		// 'a' (code 0), then length 3 (257: code 11), distance 1 (code 0), end (10).
		single.code(0, 1).code(3, 2).code(0, 1).code(2, 2);
		expect(accepted(single.done()).toString()).toBe('aaaa');
		const none = new BitWriter();
		dynamicHeader(none, literalLengths(), [0]);
		none.code(0, 1).code(0, 1).code(1, 1);
		expect(accepted(none.done()).toString()).toBe('aa');
		const lone = new BitWriter();
		dynamicHeader(lone, literalLengths({ 97: 0 }), [0]);
		lone.code(0, 1);
		expect(accepted(lone.done()).toString()).toBe('');
	});

	it('a length when the block has no distance codes, or the unused half of a one-bit distance code', () => {
		const none = new BitWriter();
		dynamicHeader(none, literalLengths({ 257: 2, 256: 2 }), [0]);
		none.code(0, 1).code(3, 2).code(0, 1).code(2, 2);
		expect(refused(none.done())).toMatch(/^invalid distance code/);
		const unused = new BitWriter();
		dynamicHeader(unused, literalLengths({ 257: 2, 256: 2 }), [1]);
		unused.code(0, 1).code(3, 2).code(1, 1).code(2, 2);
		expect(refused(unused.done())).toMatch(/^invalid distance code/);
	});

	it('a dynamic block without an end-of-block code', () => {
		const writer = new BitWriter();
		dynamicHeader(writer, literalLengths({ 256: 0, 98: 1 }), [1]);
		expect(refused(writer.done())).toMatch(/^invalid code: the block has no end-of-block code/);
	});

	it('a distance before the start of the output', () => {
		const stream = fixedBlock((writer) => {
			fixedLiteral(writer, 97);
			fixedLiteral(writer, 257);
			fixedDistance(writer, 1); // distance 2, after 1 byte
		});
		expect(refused(stream)).toMatch(/^invalid distance too far back \(2 bytes back, after only 1 bytes of output\)/);
		const first = fixedBlock((writer) => {
			fixedLiteral(writer, 257);
			fixedDistance(writer, 0);
		});
		expect(refused(first)).toMatch(/^invalid distance too far back \(1 bytes back, after only 0 bytes of output\)/);
		// Output of earlier blocks counts: a second block may reach back into the first.
		const writer = new BitWriter().bits(0, 1).bits(1, 2);
		fixedLiteral(writer, 97);
		fixedLiteral(writer, 256);
		writer.bits(1, 1).bits(1, 2);
		fixedLiteral(writer, 257);
		fixedDistance(writer, 0);
		fixedLiteral(writer, 256);
		expect(accepted(writer.done()).toString()).toBe('aaaa');
	});

	it('a stream cut at any point is truncated, empty input included', () => {
		const data = text(new Random(7), 3000);
		for (const options of [{ level: 0 }, { level: 6 }, { strategy: 4 }]) {
			const whole = deflateRawSync(data, options);
			for (let end = 0; end < whole.length; end++) {
				const cut = whole.subarray(0, end);
				const ours = inflateEntry(cut, data.length);
				expect(ours).toBeInstanceOf(Error);
				expect((ours as Error).message).toMatch(/truncated|invalid/);
				expect(zlibInflate(cut, data.length)).toBeInstanceOf(Error);
			}
		}
		expect(refused(Buffer.alloc(0), 0)).toMatch(/^the compressed data is truncated: it ends before its final block does \(at byte 0 of 0 compressed\)/);
	});

	it('a stream that is not final never ends: truncated, not a loop', () => {
		// Non-final empty stored blocks forever would be 5 bytes each; 1000 of them end without a final block.
		const stream = Buffer.concat(Array.from({ length: 1000 }, () => Buffer.from([0, 0, 0, 0xff, 0xff])));
		expect(refused(stream)).toMatch(/truncated/);
	});

	it('bytes after the final block are ignored, as zlib ignores them (the caller checks size and CRC-32)', () => {
		const data = text(new Random(3), 5000);
		const stream = Buffer.concat([deflateRawSync(data), Buffer.from('trailing garbage, not part of the entry')]);
		expect(accepted(stream, data.length).equals(data)).toBe(true);
	});

	it('a declared size that is not a byte count is refused', () => {
		for (const declared of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
			expect(inflateEntry(deflateRawSync(Buffer.from('abc')), declared)).toBeInstanceOf(Error);
		}
	});
});

describe('inflateEntry never produces more than declared, and allocates accordingly', () => {
	it('one byte more than declared is refused; exactly the declared size is not', () => {
		const random = new Random(11);
		for (const data of [text(random, 100_000), random.bytes(70_000), Buffer.alloc(100_000)]) {
			for (const level of [0, 1, 9]) {
				const stream = deflateRawSync(data, { level });
				expect(inflateEntry(stream, data.length - 1)).toEqual(new Error(`inflates to more than the ${data.length - 1} bytes declared`));
				expect(zlibInflate(stream, data.length - 1)).toBeInstanceOf(Error);
				expect((inflateEntry(stream, data.length) as Buffer).equals(data)).toBe(true);
			}
		}
		expect(inflateEntry(deflateRawSync(Buffer.from('x')), 0)).toEqual(new Error('inflates to more than the 0 bytes declared'));
		expect(inflateEntry(deflateRawSync(Buffer.alloc(0)), 0)).toEqual(Buffer.alloc(0));
	});

	it('a bomb (64 MB of zeros in 64 KB) declared at 1 MB stops at 1 MB, allocating no buffer beyond it', () => {
		const stream = deflateRawSync(Buffer.alloc(64 * MB));
		const inflater = new Inflater(stream, MB);
		expect(() => inflater.run()).toThrow(`inflates to more than the ${MB} bytes declared`);
		expect(inflater.largestBuffer).toBe(MB);
		// Doubling up to the cap: the buffers before the last sum to less than the cap, plus the cap itself.
		expect(inflater.allocatedBytes).toBeLessThan(3 * MB);
	});

	it('an entry declaring 50 MB that holds 3 MB grows its buffer to at most twice what it holds', () => {
		const data = text(new Random(5), 3 * MB);
		const inflater = new Inflater(deflateRawSync(data), 50 * MB);
		expect(inflater.run().equals(data)).toBe(true);
		expect(inflater.largestBuffer).toBeLessThanOrEqual(2 * data.length);
		expect(inflater.allocatedBytes).toBeLessThanOrEqual(4 * data.length);
	});

	it('an entry that holds what it declares ends in a buffer of exactly that size, without a copy', () => {
		const data = text(new Random(6), 2 * MB + 17);
		const inflater = new Inflater(deflateRawSync(data), data.length);
		const out = inflater.run();
		expect(out.equals(data)).toBe(true);
		expect(out.buffer.byteLength).toBe(data.length);
		expect(inflater.largestBuffer).toBe(data.length);
	});
});
