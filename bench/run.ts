import { benchCegid } from './cegid';
import { benchInflate } from './inflate';
import { benchJobcase } from './jobcase';
import { benchSharedCredential } from './sharedCredential';

/**
 * `npm run bench` prints ratios measured in this one run. BENCH_QUICK=1 shortens the real-limit
 * parts (they take about a minute per 200 items beyond the first 200, by design). BENCH_INFLATE_ONLY=1 runs only the
 * inflater's part (speed against zlib, memory of a 5,000-candidate export).
 */
async function main(): Promise<void> {
	const quick = process.env.BENCH_QUICK === '1';
	await benchInflate();
	if (process.env.BENCH_INFLATE_ONLY === '1') return;
	await benchCegid();
	await benchJobcase({ jobs: 10_000, companies: 1_000, overheadRuns: quick ? 5 : 9, events: 10, bulkItems: 1_000, limitedItems: quick ? 400 : 1_000 });
	await benchSharedCredential({ totalItems: quick ? 600 : 1_200 });
}

main().catch((error: unknown) => {
	process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
	process.exitCode = 1;
});
