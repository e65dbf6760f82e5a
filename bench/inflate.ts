import { crc32 as zlibCrc32, deflateRawSync, inflateRawSync } from 'node:zlib';

import { crc32, inflateEntry } from '../nodes/Cegid/transport/export/inflate';
import { SandboxControl } from '../sandbox/client';
import { startSandbox } from '../sandbox/server';
import { CredentialStore, runNode } from '../test/harness';
import { megabytes, peakMemoryDuring } from './cegid';
import { line, ratio, seconds } from './format';

const CANDIDATES = 5_000;
const PAGE_SIZE = 100;
const CLIENT_ID = 'bench-inflate-client';
const CLIENT_SECRET = 'bench-inflate-secret-0001';
const MB = 1024 * 1024;

/** Best time of `runs` calls, in ms, after one warm-up call. */
function best(runs: number, work: () => void): number {
	work();
	let fastest = Number.POSITIVE_INFINITY;
	for (let run = 0; run < runs; run++) {
		const started = performance.now();
		work();
		fastest = Math.min(fastest, performance.now() - started);
	}
	return fastest;
}

function throughput(bytes: number, ms: number): string {
	return `${(bytes / MB / (ms / 1000)).toFixed(0)} MB/s`;
}

/** Inflates `data`'s deflated form with the TypeScript inflater and with zlib; prints both speeds and their ratio. */
function compare(label: string, data: Buffer): void {
	const compressed = deflateRawSync(data, { level: 6 });
	const ours = inflateEntry(compressed, data.length);
	if (ours instanceof Error || !ours.equals(data)) throw new Error(`${label}: the TypeScript inflater does not give back the data`);
	const runs = data.length > 16 * MB ? 3 : 7;
	const oursMs = best(runs, () => inflateEntry(compressed, data.length));
	const zlibMs = best(runs, () => inflateRawSync(compressed, { maxOutputLength: data.length }));
	process.stdout.write(`  ${label}: ${megabytes(data.length)} inflated from ${megabytes(compressed.length)}\n`);
	line('    inflate, TypeScript vs zlib', `${throughput(data.length, oursMs)} vs ${throughput(data.length, zlibMs)} (${ratio(oursMs, zlibMs)} zlib's time)`);
	const oursCrcMs = best(runs, () => crc32(data));
	const zlibCrcMs = best(runs, () => zlibCrc32(data));
	line('    CRC-32, TypeScript vs zlib', `${throughput(data.length, oursCrcMs)} vs ${throughput(data.length, zlibCrcMs)} (${ratio(oursCrcMs, zlibCrcMs)} zlib's time)`);
}

/** Word salad shaped like prose (about 3.5 to 1 at level 6). */
function prose(bytes: number): Buffer {
	const words = 'candidate vacancy recruiter interview offer applicant resume cover letter salary contract Paris Lyon manager engineer nurse the of and to in for with on at by from experience years skills'.split(' ');
	let seed = 12345;
	const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8;
	const parts: string[] = [];
	for (let length = 0; length < bytes; ) {
		const sentence = `${Array.from({ length: 4 + (next() % 14) }, () => words[next() % words.length]).join(' ')}.${next() % 4 === 0 ? '\n' : ' '}`;
		parts.push(sentence);
		length += sentence.length;
	}
	return Buffer.from(parts.join('')).subarray(0, bytes);
}

/**
 * The TypeScript inflater (no zlib in shipped code): its speed against zlib on prose and on a real
 * candidate export's JSON, then memory while the node reads a 5,000-candidate export of deflated ZIP
 * records. `BENCH_INFLATE_ONLY=1 node dist-tools/bench/run.js` runs only this part.
 */
export async function benchInflate(): Promise<void> {
	const sandbox = await startSandbox({ port: 0 });
	const control = new SandboxControl(sandbox.url);
	const baseUrl = sandbox.baseUrl('cegid');
	try {
		await control.reset({ cegid: { vacancies: 50, candidates: CANDIDATES } });
		await control.config({ cegid: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, rateLimitPerWindow: 1_000_000, zipCompression: 'deflate', exportFormat: 'json' } });
		const exportJson = Buffer.concat((await exportPages(baseUrl, 'all')).map((page) => page.subarray(1, page.length - 1)).flatMap((page, index) => (index === 0 ? [page] : [Buffer.from(','), page])));
		const realistic = Buffer.concat([Buffer.from('['), exportJson.subarray(0, 8 * MB), Buffer.from(']')]);

		process.stdout.write('\nInflating without zlib — the TypeScript DEFLATE decoder against zlib (level 6 streams, best of several runs)\n');
		compare('prose', prose(8 * MB));
		compare(`Cegid candidate export JSON (the sandbox's, base64 CVs included)`, realistic);
		compare('Cegid candidate export JSON, details only', Buffer.concat((await exportPages(baseUrl, 'none')).slice(0, 200)).subarray(0, 4 * MB));

		await control.config({ cegid: { exportFormat: 'binary' } });
		const credentials = { cegidRecruitingApi: { baseUrl, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, scope: 'MatchingIndexation', requestsPerMinute: 1_000_000 } };
		for (const attachments of ['none'] as const) {
			const exportAll = () =>
				runNode({
					nodeType: 'cegidRecruiting',
					parameters: { resource: 'candidate', operation: 'getAll', returnAll: true, attachments },
					credentials,
					store: new CredentialStore(),
				});
			await exportAll();
			const started = performance.now();
			const result = await exportAll();
			const ms = performance.now() - started;
			const pages = await exportPages(baseUrl, attachments);
			const total = pages.reduce((sum, page) => sum + page.length, 0);
			const largestPage = Math.max(...pages.map((page) => page.length));
			const recordSize = total / CANDIDATES;
			const { growth } = await peakMemoryDuring(exportAll);
			process.stdout.write(`\n  Candidate Get Many, Return All over ${CANDIDATES.toLocaleString()} candidates, attachments: ${attachments} (every ZIP entry deflated)\n`);
			line('    candidates returned', result.items.length.toLocaleString());
			line('    wall time in the n8n engine', seconds(ms));
			line('    export size (length-prefixed ZIP archives)', `${megabytes(total)} in ${pages.length} pages (largest ${megabytes(largestPage)}; ${(recordSize / 1024).toFixed(1)} KB a record)`);
			line('    peak live Buffer memory (bodies, ZIP entries)', `${megabytes(growth.buffers)} (${ratio(growth.buffers, total)} the export size, ${ratio(growth.buffers, largestPage)} the largest page)`);
			line('    peak live heap + Buffers (all output items)', `${megabytes(growth.total)} (${ratio(growth.total, total)} the export size)`);
		}
		process.stdout.write('  Memory is sampled every 25 ms after a forced collection, in a separate run; it includes the sandbox,\n');
		process.stdout.write('  which builds each page in this same process, and n8n holding the output items (and, with attachments, their files).\n');
	} finally {
		await sandbox.close();
	}
}

/** Every page of the candidate export, as Cegid sends it, read with a plain HTTP loop. */
async function exportPages(baseUrl: string, attachments: 'none' | 'all'): Promise<Buffer[]> {
	const tokenResponse = await fetch(`${baseUrl}/api/token`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, grant_type: 'client_credentials', scope: 'MatchingIndexation' }).toString(),
	});
	const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
	const pages: Buffer[] = [];
	const type = attachments === 'all' ? '&attachmenttype=all' : '';
	for (let offset = 0; ; offset += PAGE_SIZE) {
		const page = Buffer.from(await (await fetch(`${baseUrl}/api/exports/v1/candidates?offset=${offset}&limit=${PAGE_SIZE}${type}`, { headers: { Authorization: `bearer ${token}` } })).arrayBuffer());
		if (page.length === 0 || page.toString('latin1') === '[]') return pages;
		pages.push(page);
	}
}
