import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';

import { SandboxControl } from '../sandbox/client';
import { startSandbox } from '../sandbox/server';
import { CredentialStore, runNode } from '../test/harness';
import { line, ratio, seconds } from './format';

const VACANCIES = 5_000;
const PAGE_SIZE = 100;
const CLIENT_ID = 'bench-cegid-client';
const CLIENT_SECRET = 'bench-cegid-secret-0001';
const SAMPLE_EVERY_MS = 25;

export function megabytes(bytes: number): string {
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export interface MemoryPeaks {
	/** Heap in use plus memory outside it (Buffers): everything the run holds, its output items included. */
	total: number;
	/** Buffers only: where export bodies and inflated entries live. */
	buffers: number;
}

/** Garbage collection on demand, so samples count live memory rather than garbage not yet collected. */
function collector(): () => void {
	setFlagsFromString('--expose-gc');
	return runInNewContext('gc') as () => void;
}

function sample(collect: () => void): MemoryPeaks {
	collect();
	const usage = process.memoryUsage();
	return { total: usage.heapUsed + usage.external, buffers: usage.arrayBuffers };
}

/** Samples memory while `work` runs and returns the highest readings above those at the start. */
export async function peakMemoryDuring<T>(work: () => Promise<T>): Promise<{ result: T; growth: MemoryPeaks }> {
	const collect = collector();
	// A first collection can leave what finalizers free only on the next one.
	collect();
	const baseline = sample(collect);
	const peak = { ...baseline };
	const record = () => {
		const now = sample(collect);
		peak.total = Math.max(peak.total, now.total);
		peak.buffers = Math.max(peak.buffers, now.buffers);
	};
	const sampler = setInterval(record, SAMPLE_EVERY_MS);
	try {
		const result = await work();
		record();
		return { result, growth: { total: peak.total - baseline.total, buffers: peak.buffers - baseline.buffers } };
	} finally {
		clearInterval(sampler);
	}
}

/** Cegid: exporting 5,000 vacancies with Return All — requests against the minimum, tokens, and memory against the export's size. */
export async function benchCegid(): Promise<void> {
	const sandbox = await startSandbox({ port: 0 });
	const control = new SandboxControl(sandbox.url);
	const baseUrl = sandbox.baseUrl('cegid');
	try {
		await control.reset({ cegid: { vacancies: VACANCIES, candidates: 0 } });
		await control.config({ cegid: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, rateLimitPerWindow: 1_000_000 } });
		const credentials = { cegidRecruitingApi: { baseUrl, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, scope: 'MatchingIndexation', requestsPerMinute: 1_000_000 } };
		const exportAll = () =>
			runNode({
				nodeType: 'cegidRecruiting',
				parameters: { resource: 'vacancy', operation: 'getAll', returnAll: true, simplify: false },
				credentials,
				store: new CredentialStore(),
			});

		process.stdout.write(`\nCegid — Vacancy Get Many, Return All over ${VACANCIES.toLocaleString()} vacancies\n`);
		await exportAll();
		await control.clearRequests();
		const started = performance.now();
		const result = await exportAll();
		const ms = performance.now() - started;
		const log = await control.requests('cegid');
		const exportRequests = log.filter((entry) => entry.path === '/api/exports/v1/vacancies').length;
		const tokenRequests = log.filter((entry) => entry.path === '/api/token').length;
		// Full pages, then the empty page by which Cegid says the export has ended.
		const minimum = Math.ceil(VACANCIES / PAGE_SIZE) + 1;
		const { total: exportBytes, largestPage } = await exportSize(baseUrl);
		const { growth } = await peakMemoryDuring(exportAll);

		line('vacancies returned', result.items.length.toLocaleString());
		line('export requests used vs minimum', `${exportRequests} / ${minimum} (${ratio(exportRequests, minimum)})`);
		line('token requests', String(tokenRequests));
		line('wall time in the n8n engine', seconds(ms));
		line('export size (length-prefixed ZIP archives)', `${exportBytes.toLocaleString()} bytes (${megabytes(exportBytes)})`);
		line('largest page', `${largestPage.toLocaleString()} bytes`);
		line('peak live Buffer memory (bodies, ZIP entries)', `${megabytes(growth.buffers)} (${ratio(growth.buffers, exportBytes)} the export size)`);
		line('peak live heap + Buffers (all output items)', `${megabytes(growth.total)} (${ratio(growth.total, exportBytes)} the export size)`);
		process.stdout.write('  Memory is sampled every 25 ms after a forced collection, in a separate run; it includes the\n');
		process.stdout.write('  sandbox, which builds each page in this same process, and n8n holding the 5,000 output items.\n');
	} finally {
		await sandbox.close();
	}
}

/** The bytes Cegid sends for the whole export, read page by page with a plain HTTP loop. */
async function exportSize(baseUrl: string): Promise<{ total: number; largestPage: number }> {
	const tokenResponse = await fetch(`${baseUrl}/api/token`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, grant_type: 'client_credentials', scope: 'MatchingIndexation' }).toString(),
	});
	const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
	let total = 0;
	let largestPage = 0;
	for (let offset = 0; ; offset += PAGE_SIZE) {
		const page = await fetch(`${baseUrl}/api/exports/v1/vacancies?offset=${offset}&limit=${PAGE_SIZE}`, { headers: { Authorization: `bearer ${token}` } });
		const size = (await page.arrayBuffer()).byteLength;
		if (size === 0) return { total, largestPage };
		total += size;
		largestPage = Math.max(largestPage, size);
	}
}
