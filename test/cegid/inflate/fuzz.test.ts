import { constants, deflateRawSync, type ZlibOptions } from 'node:zlib';

import { BitWriter, canonicalCodes, CODE_LENGTH_ORDER, fixedDistance, fixedLiteral, inflateEntry, Random, seedFor, text, zlibInflate } from './support';

/**
 * Differential fuzzing against zlib: thousands of damaged or made-up streams. For each, inflateEntry must
 * return (never throw) either an Error when zlib fails too, or a Buffer equal to zlib's when zlib succeeds;
 * both are given the same output limit. Every case is timed: the decoder has no iteration cap, it ends
 * because every loop consumes input or output (see inflater.ts), and the whole run must finish.
 * The seed is printed; INFLATE_SEED=<seed> replays a run.
 */
const seed = seedFor('inflate fuzz');
const random = new Random(seed);

interface Outcome {
	cases: number;
	bothFailed: number;
	bothSucceeded: number;
	/** Cases where inflateEntry and zlib disagree, or inflateEntry threw: must stay empty. */
	disagreements: string[];
	slowestMs: number;
	/** How inflateEntry refused, by message (details in parentheses dropped): shows how deep the fuzz got. */
	reasons: Map<string, number>;
}

const outcomes = new Map<string, Outcome>();

function differential(category: string, stream: Buffer, limit: number): void {
	const outcome: Outcome = outcomes.get(category) ?? { cases: 0, bothFailed: 0, bothSucceeded: 0, disagreements: [], slowestMs: 0, reasons: new Map<string, number>() };
	outcomes.set(category, outcome);
	outcome.cases++;
	const started = performance.now();
	let ours: Buffer | Error;
	try {
		ours = inflateEntry(stream, limit);
	} catch (error) {
		outcome.disagreements.push(`threw ${String(error)} on ${show(stream, limit)}`);
		return;
	}
	outcome.slowestMs = Math.max(outcome.slowestMs, performance.now() - started);
	const reference = zlibInflate(stream, limit);
	if (ours instanceof Error) {
		const reason = ours.message.replace(/ \(.*$/, '').replace(/:.*$/, '').replace(/\d+/g, 'N');
		outcome.reasons.set(reason, (outcome.reasons.get(reason) ?? 0) + 1);
	}
	if (ours instanceof Error && reference instanceof Error) outcome.bothFailed++;
	else if (!(ours instanceof Error) && !(reference instanceof Error) && ours.equals(reference)) outcome.bothSucceeded++;
	else {
		const what = (result: Buffer | Error) => (result instanceof Error ? `Error "${result.message}"` : `${result.length} bytes`);
		outcome.disagreements.push(`ours ${what(ours)}, zlib ${what(reference)} on ${show(stream, limit)}`);
	}
}

function show(stream: Buffer, limit: number): string {
	return `seed ${seed}, limit ${limit}, ${stream.length} bytes: ${stream.subarray(0, 96).toString('hex')}${stream.length > 96 ? '…' : ''}`;
}

const VARIANTS: ZlibOptions[] = [{ level: 0 }, { level: 1 }, { level: 6 }, { level: 9 }, { strategy: constants.Z_FIXED }, { strategy: constants.Z_HUFFMAN_ONLY }, { strategy: constants.Z_RLE }];

/** Some data worth compressing: prose, noise, or runs; up to a few KB. */
function sampleData(): Buffer {
	const size = random.below(4000);
	switch (random.below(4)) {
		case 0:
			return random.bytes(Math.min(size, 600));
		case 1:
			return Buffer.concat(Array.from({ length: 1 + random.below(8) }, () => Buffer.alloc(random.below(600), random.below(256))));
		default:
			return text(random, size);
	}
}

function validStream(): { data: Buffer; stream: Buffer } {
	const data = sampleData();
	return { data, stream: deflateRawSync(data, random.pick(VARIANTS)) };
}

const LIMIT = 256 * 1024;
const started = performance.now();

describe(`inflateEntry against zlib on damaged and made-up streams (seed ${seed})`, () => {
	it('random bit flips and byte overwrites in valid streams (4,000)', () => {
		for (let run = 0; run < 4000; run++) {
			const { stream } = validStream();
			if (stream.length === 0) continue;
			const damaged = Buffer.from(stream);
			const changes = 1 + random.below(4);
			// Half of the damage lands in the first 64 bytes, where block headers and code lengths are.
			for (let change = 0; change < changes; change++) {
				const at = random.below(2) === 0 ? random.below(Math.min(64, damaged.length)) : random.below(damaged.length);
				if (random.below(2) === 0) damaged[at] ^= 1 << random.below(8);
				else damaged[at] = random.below(256);
			}
			differential('bit flips', damaged, LIMIT);
		}
	});

	it('truncation at every offset of stored, fixed and dynamic streams', () => {
		const data = text(random, 1500);
		for (const options of [{ level: 0 }, { strategy: constants.Z_FIXED }, { level: 9 }] as ZlibOptions[]) {
			const stream = deflateRawSync(data, options);
			for (let end = 0; end <= stream.length; end++) differential('truncation', stream.subarray(0, end), LIMIT);
		}
		const multi = deflateRawSync(Buffer.concat([random.bytes(300), text(random, 700)]), { chunkSize: 64 });
		for (let end = 0; end <= multi.length; end++) differential('truncation', multi.subarray(0, end), LIMIT);
	});

	it('random garbage, and garbage behind each block type (5,000)', () => {
		for (let run = 0; run < 5000; run++) {
			const garbage = random.bytes(1 + random.below(400));
			// Force the first block's type (bits 1-2) a third of the time for each of stored, fixed, dynamic.
			if (run % 4 !== 3) garbage[0] = (garbage[0] & ~6) | ((run % 4) << 1);
			differential('garbage', garbage, LIMIT);
		}
	});

	it('made-up dynamic block headers: random code length codes, lengths and repeats (3,000)', () => {
		for (let run = 0; run < 3000; run++) differential('code lengths', madeUpDynamicBlock(), LIMIT);
	});

	it('fixed blocks of random literals and matches, many reaching before the start (3,000)', () => {
		for (let run = 0; run < 3000; run++) differential('distances', madeUpMatches(), LIMIT);
	});

	it('valid streams against declared sizes around their true size (2,000)', () => {
		for (let run = 0; run < 2000; run++) {
			const { data, stream } = validStream();
			// At least 1: zlib's maxOutputLength cannot be 0 (a declared size of 0 is in corrupt.test.ts).
			differential('declared size', stream, Math.max(1, data.length + random.below(12) - 8));
		}
	});

	it('agrees with zlib on every case, never throws, and every case ends quickly', () => {
		const report = [...outcomes.entries()].map(
			([category, outcome]) =>
				`${category}: ${outcome.cases} cases, ${outcome.bothFailed} refused by both, ${outcome.bothSucceeded} identical, ` +
				`${outcome.disagreements.length} disagreements, slowest ${outcome.slowestMs.toFixed(1)} ms\n    refused: ` +
				[...outcome.reasons.entries()].map(([reason, count]) => `${reason} ${count}`).join('; '),
		);
		process.stdout.write(`inflate fuzz (seed ${seed}), ${((performance.now() - started) / 1000).toFixed(1)} s:\n  ${report.join('\n  ')}\n`);
		expect([...outcomes.values()].flatMap((outcome) => outcome.disagreements)).toEqual([]);
		expect([...outcomes.values()].reduce((sum, outcome) => sum + outcome.cases, 0)).toBeGreaterThan(17_000);
		for (const outcome of outcomes.values()) expect(outcome.slowestMs).toBeLessThan(1000);
		// Each category must reach both outcomes where it can: the fuzz goes past the first bytes.
		expect(outcomes.get('bit flips')!.bothSucceeded).toBeGreaterThan(0);
		expect(outcomes.get('code lengths')!.bothSucceeded + outcomes.get('distances')!.bothSucceeded).toBeGreaterThan(0);
		expect(performance.now() - started).toBeLessThan(60_000);
	});
});

/** A complete or nearly complete set of code lengths for `count` symbols, at most `maxLength` bits. */
function randomLengths(count: number, maxLength: number, required?: number): number[] {
	const lengths = new Array<number>(count).fill(0);
	// Split the code space: start with every symbol used at a random length, then repair toward Kraft's equality.
	const used = Array.from({ length: count }, (_, symbol) => symbol).filter(() => random.below(3) !== 0);
	if (required !== undefined) used.unshift(required);
	if (used.length === 0) used.push(random.below(count));
	let space = 1 << maxLength;
	for (const symbol of used) {
		const length = maxLength - random.below(random.below(maxLength) + 1);
		if (space - (1 << (maxLength - length)) < 0) continue;
		lengths[symbol] = length;
		space -= 1 << (maxLength - length);
	}
	// Usually fill the remaining space (complete code); sometimes leave it (incomplete) or overfill.
	const complete = random.below(8) !== 0;
	for (let symbol = 0; symbol < count && space > 0 && complete; symbol++) {
		if (lengths[symbol] !== 0) continue;
		for (let length = 1; length <= maxLength; length++) {
			if (1 << (maxLength - length) <= space) {
				lengths[symbol] = length;
				space -= 1 << (maxLength - length);
				break;
			}
		}
	}
	if (random.below(20) === 0) lengths[random.below(count)] = 1 + random.below(maxLength);
	return lengths;
}

/**
 * A dynamic block with random code definitions. Half are "faithful": a complete code length code sends
 * plausible literal/length and distance code lengths, then a body of symbols drawn from those codes and
 * an end-of-block, so decoding gets past the header; the other half are noisy anywhere.
 */
function madeUpDynamicBlock(): Buffer {
	const faithful = random.below(2) === 0;
	const writer = new BitWriter().bits(1, 1).bits(2, 2);
	const literals = 257 + (!faithful && random.below(10) === 0 ? random.below(32) : random.below(30));
	const distances = 1 + (!faithful && random.below(10) === 0 ? random.below(32) : random.below(30));
	writer.bits(literals - 257, 5).bits(distances - 1, 5).bits(19 - 4, 4);
	const codeLengthLengths = faithful ? shuffled([4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5]) : randomLengths(19, 7);
	for (const symbol of CODE_LENGTH_ORDER) writer.bits(codeLengthLengths[symbol], 3);
	const codes = canonicalCodes(codeLengthLengths);
	const available = codeLengthLengths.map((length, symbol) => (length > 0 ? symbol : -1)).filter((symbol) => symbol >= 0);
	const literalLengths = randomLengths(literals, 15, faithful || random.below(2) === 0 ? 256 : undefined);
	const distanceLengths = randomLengths(distances, 15);
	const wanted = [...literalLengths, ...distanceLengths];
	const count = faithful ? wanted.length : wanted.length + random.below(3) - 1;
	for (let index = 0; index < count; index++) {
		let symbol = wanted[index] ?? random.below(19);
		if ((!faithful && random.below(15) === 0) || codeLengthLengths[symbol] === 0) symbol = random.pick(available);
		writer.code(codes[symbol]!, codeLengthLengths[symbol]);
		if (symbol === 16) writer.bits(random.below(4), 2);
		if (symbol === 17) writer.bits(random.below(8), 3);
		if (symbol === 18) writer.bits(random.below(128), 7);
	}
	if (!faithful) return writer.raw(random.bytes(random.below(200))).done();
	const literalCodes = canonicalCodes(literalLengths);
	const distanceCodes = canonicalCodes(distanceLengths);
	const usedLiterals = literalLengths.map((length, symbol) => (length > 0 && symbol !== 256 ? symbol : -1)).filter((symbol) => symbol >= 0);
	const usedDistances = distanceLengths.map((length, symbol) => (length > 0 ? symbol : -1)).filter((symbol) => symbol >= 0);
	for (let step = random.below(40); step > 0 && usedLiterals.length > 0; step--) {
		const symbol = random.pick(usedLiterals);
		writer.code(literalCodes[symbol]!, literalLengths[symbol]);
		if (symbol <= 256) continue;
		const lengthExtra = symbol >= 265 && symbol < 285 ? Math.floor((symbol - 261) / 4) : 0;
		writer.bits(random.below(1 << lengthExtra), lengthExtra);
		if (usedDistances.length === 0) break;
		const distance = random.below(3) === 0 ? random.pick(usedDistances) : Math.min(...usedDistances);
		writer.code(distanceCodes[distance]!, distanceLengths[distance]);
		const distanceExtra = distance < 4 ? 0 : Math.floor(distance / 2) - 1;
		writer.bits(random.below(1 << distanceExtra), distanceExtra);
	}
	writer.code(literalCodes[256]!, literalLengths[256]);
	return writer.done();
}

function shuffled<T>(items: T[]): T[] {
	const copy = [...items];
	for (let index = copy.length - 1; index > 0; index--) {
		const other = random.below(index + 1);
		[copy[index], copy[other]] = [copy[other], copy[index]];
	}
	return copy;
}

function madeUpMatches(): Buffer {
	const writer = new BitWriter().bits(1, 1).bits(1, 2);
	let output = 0;
	const steps = random.below(60);
	for (let step = 0; step < steps; step++) {
		if (random.below(5) < 3) {
			fixedLiteral(writer, random.below(random.below(200) === 0 ? 288 : 256));
			output++;
			continue;
		}
		const lengthSymbol = 257 + random.below(29);
		fixedLiteral(writer, lengthSymbol);
		const lengthExtra = lengthSymbol >= 265 && lengthSymbol < 285 ? Math.floor((lengthSymbol - 261) / 4) : 0;
		writer.bits(random.below(1 << lengthExtra), lengthExtra);
		// Mostly distances that reach into the output so far; sometimes any (often too far back), rarely 30/31.
		const reach = random.below(4) === 0 ? 32768 : Math.max(1, output);
		let distanceSymbol = 0;
		while (distanceSymbol < 29 && [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577][distanceSymbol + 1] <= reach) distanceSymbol++;
		distanceSymbol = random.below(distanceSymbol + 1);
		if (random.below(100) === 0) distanceSymbol = 30 + random.below(2);
		fixedDistance(writer, distanceSymbol);
		const distanceExtra = distanceSymbol < 4 ? 0 : Math.floor(distanceSymbol / 2) - 1;
		writer.bits(random.below(1 << Math.min(distanceExtra, 13)), Math.min(distanceExtra, 13));
		output += 3;
	}
	fixedLiteral(writer, 256);
	return writer.done();
}
