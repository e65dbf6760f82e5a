import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { SandboxControl } from '../sandbox/client';
import { startSandbox } from '../sandbox/server';
import { CredentialStore, runNode } from '../test/harness';
import { line, percent, seconds } from './format';
import { slidingWindowPeak } from './slidingWindowPeak';

const API_KEY = 'bench-shared-key-0001';
const LIMIT = 200;
const WINDOW_MS = 60_000;

interface Scenario {
	workers: number;
	/** The credential's "Processes Sharing This Credential". */
	processesField: number;
}

interface Measured extends Scenario {
	items: number;
	elapsedMs: number;
	requests: number;
	throttled: number;
	peak: number;
	/** Accepted requests in each whole minute from the first request on (the last, partial minute left out). */
	perMinute: number[];
	failedItems: number;
	lost: number;
	duplicated: number;
}

const createJobParameters: INodeParameters = {
	resource: 'job',
	operation: 'create',
	companyId: 1,
	adNumber: '={{ $json.adNumber }}',
	jobTitle: 'Warehouse Associate',
	jobDescription: 'Pick, pack and ship orders in a friendly team. '.repeat(4),
	jobCity: 'Boston',
	jobState: 'MA',
	jobZipCode: '02110',
};

function jobItems(count: number, prefix: string): INodeExecutionData[] {
	return Array.from({ length: count }, (_, index) => ({ json: { adNumber: `${prefix}-${index}` } }));
}

/**
 * Queue mode simulated in one process: each "worker" runs bulk Create Job through the engine with its own
 * credential id, so it has its own limiter, as each n8n worker process has; all use one API key against the
 * sandbox's real limit of 200 requests in any sliding minute. Each scenario has its own sandbox.
 */
async function measure(scenario: Scenario, totalItems: number): Promise<Measured> {
	const sandbox = await startSandbox({ port: 0 });
	const control = new SandboxControl(sandbox.url);
	const baseUrl = `${sandbox.url}/jobcase/api/platform/v1`;
	try {
		await control.reset({ jobcase: { jobs: 0, companies: 1 } });
		await control.config({ jobcase: { apiKey: API_KEY, rateLimitPerMinute: LIMIT } });
		const credentials = { jobcaseApi: { apiKey: API_KEY, partnerId: 1, baseUrl, requestsPerMinute: LIMIT, processesSharingCredential: scenario.processesField } };
		const perWorker = Math.ceil(totalItems / scenario.workers);
		const inputs = Array.from({ length: scenario.workers }, (_, worker) => jobItems(perWorker, `w${worker}`));
		const started = performance.now();
		const runs = await Promise.all(
			inputs.map(async (inputItems) => await runNode({ nodeType: 'jobcase', parameters: createJobParameters, credentials, store: new CredentialStore(), inputItems, continueOnFail: true })),
		);
		const elapsedMs = performance.now() - started;

		const log = await control.requests('jobcase');
		const accepted = log.filter((entry) => entry.status !== 429).map((entry) => Date.parse(entry.at));
		const first = Math.min(...accepted);
		const wholeMinutes = Math.floor((Math.max(...accepted) - first) / WINDOW_MS);
		const perMinute = Array.from({ length: wholeMinutes }, (_, minute) => accepted.filter((at) => Math.floor((at - first) / WINDOW_MS) === minute).length);

		// Lift the limit to read what was created.
		await control.config({ jobcase: { rateLimitPerMinute: 1_000_000 } });
		const counts = new Map<string, number>();
		for (let offset = 0; ; offset += 100) {
			const response = await fetch(`${baseUrl}/job/?status=all&limit=100&offset=${offset}`, { headers: { 'X-Platform-Api-Key': API_KEY } });
			const page = ((await response.json()) as { results: Array<{ adNumber: string }> }).results;
			for (const job of page) counts.set(job.adNumber, (counts.get(job.adNumber) ?? 0) + 1);
			if (page.length < 100) break;
		}
		const wanted = inputs.flat().map((item) => String(item.json.adNumber));
		return {
			...scenario,
			items: wanted.length,
			elapsedMs,
			requests: log.length,
			throttled: log.filter((entry) => entry.status === 429).length,
			peak: slidingWindowPeak(accepted, WINDOW_MS),
			perMinute,
			failedItems: runs.reduce((sum, run) => sum + run.items.filter((item) => item.json.error !== undefined || item.json.id === undefined).length, 0) + runs.filter((run) => run.error).length,
			lost: wanted.filter((adNumber) => !counts.has(adNumber)).length,
			duplicated: [...counts.values()].reduce((sum, count) => sum + Math.max(0, count - 1), 0),
		};
	} finally {
		await sandbox.close();
	}
}

function report(result: Measured): void {
	const field = result.processesField === result.workers ? `field = ${result.processesField}` : `field left at ${result.processesField} (adaptive only)`;
	process.stdout.write(`\n  ${result.workers} worker${result.workers > 1 ? 's' : ''}, ${field}: ${result.items} items\n`);
	line('  busiest 60 s window', `${result.peak} of ${LIMIT} (${percent(result.peak / LIMIT)} of the limit)`);
	// The first minute may take the whole limit at once; after it, each minute can only use what the window frees.
	const beyond = result.perMinute.slice(1);
	const mean = beyond.reduce((sum, count) => sum + count, 0) / beyond.length;
	line('  requests in each whole minute', result.perMinute.join(', '));
	line('  rate beyond the first minute', beyond.length === 0 ? 'n/a (run more items)' : `${Math.round(mean)} per minute (${percent(mean / LIMIT)} of the limit)`);
	line('  429 answers / requests', `${result.throttled} / ${result.requests} (${percent(result.throttled / result.requests)})`);
	line('  items failed / lost / duplicated', `${result.failedItems} / ${result.lost} / ${result.duplicated}`);
	line('  elapsed', seconds(result.elapsedMs));
}

/**
 * Several n8n processes sharing one Jobcase credential, at Jobcase's real 200 requests/minute. The scenarios
 * run at the same time, each against its own sandbox, so the bench takes as long as the slowest one.
 */
export async function benchSharedCredential(options: { totalItems: number }): Promise<void> {
	process.stdout.write(`\nJobcase — bulk Create Job from several n8n processes sharing one credential (limit ${LIMIT}/min, ${options.totalItems} items per scenario)\n`);
	const scenarios: Scenario[] = [
		{ workers: 1, processesField: 1 },
		{ workers: 2, processesField: 2 },
		{ workers: 2, processesField: 1 },
		{ workers: 3, processesField: 3 },
		{ workers: 3, processesField: 1 },
	];
	const results = await Promise.all(scenarios.map(async (scenario) => await measure(scenario, options.totalItems)));
	for (const result of results) report(result);
}
