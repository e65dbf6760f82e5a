import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { SandboxControl } from '../sandbox/client';
import { startSandbox } from '../sandbox/server';
import { CredentialStore, runNode } from '../test/harness';
import { line, percent, ratio, seconds } from './format';
import { slidingWindowPeak } from './slidingWindowPeak';

const API_KEY = 'bench-jobcase-key-0001';
const PAGE_SIZE = 100;
const LARGE_PAGE = 1000;

interface Options {
	jobs: number;
	companies: number;
	/** Alternating runs of the node and of the plain loop whose medians are compared. */
	overheadRuns: number;
	/** Events in a row for the Create or Update part. */
	events: number;
	bulkItems: number;
	limitedItems: number;
}

function jobItems(count: number, prefix: string): INodeExecutionData[] {
	return Array.from({ length: count }, (_, index) => ({
		json: {
			adNumber: `${prefix}-${index}`,
			jobTitle: `Warehouse Associate ${index}`,
			jobDescription: 'Pick, pack and ship orders in a friendly team. '.repeat(4),
		},
	}));
}

const createJobParameters: INodeParameters = {
	resource: 'job',
	operation: 'create',
	companyId: 1,
	adNumber: '={{ $json.adNumber }}',
	jobTitle: '={{ $json.jobTitle }}',
	jobDescription: '={{ $json.jobDescription }}',
	jobCity: 'Boston',
	jobState: 'MA',
	jobZipCode: '02110',
};

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
	const started = performance.now();
	const result = await work();
	return { result, ms: performance.now() - started };
}

/** Jobcase: Return All cost and speed against a raw loop, and bulk-create throughput with and without the 200/min limit. */
export async function benchJobcase(options: Options): Promise<void> {
	const sandbox = await startSandbox({ port: 0 });
	const control = new SandboxControl(sandbox.url);
	const baseUrl = `${sandbox.url}/jobcase/api/platform/v1`;
	try {
		await control.reset({ jobcase: { jobs: options.jobs, companies: options.companies } });
		await control.config({ jobcase: { apiKey: API_KEY, rateLimitPerMinute: 1_000_000 } });
		const credentials = { jobcaseApi: { apiKey: API_KEY, partnerId: 1, baseUrl, requestsPerMinute: 1_000_000 } };
		const store = new CredentialStore();
		const returnAll = () =>
			runNode({ nodeType: 'jobcase', parameters: { resource: 'job', operation: 'getAll', returnAll: true, filters: { status: 'all' }, simplify: false }, credentials, store });

		process.stdout.write(`\nJobcase — Return All over ${options.jobs.toLocaleString()} jobs, sandbox serving up to ${LARGE_PAGE} per page\n`);
		await control.config({ jobcase: { maxPageSize: LARGE_PAGE } });
		await returnAll();
		await control.clearRequests();
		const counted = await returnAll();
		const listing = await control.requests('jobcase');
		// The plain loop sends exactly the node's requests (same offsets and limits), one after the other.
		const urls = listing.map((entry) => `${baseUrl}${entry.path}?${new URLSearchParams(entry.query as Record<string, string>).toString()}`);
		const rawLoop = async () => {
			let fetched = 0;
			for (const url of urls) {
				const response = await fetch(url, { headers: { 'X-Platform-Api-Key': API_KEY } });
				fetched += ((await response.json()) as { results: unknown[] }).results.length;
			}
			return fetched;
		};
		await rawLoop();
		const nodeTimes: number[] = [];
		const rawTimes: number[] = [];
		for (let run = 0; run < options.overheadRuns; run++) {
			// Alternating, so that a slow moment of the machine weighs on both sides alike.
			nodeTimes.push((await timed(returnAll)).ms);
			rawTimes.push((await timed(rawLoop)).ms);
		}
		const documentedMinimum = Math.ceil(options.jobs / PAGE_SIZE);
		line('items returned', `${counted.items.length}`);
		line('requests used', `${listing.length} (pages of ${LARGE_PAGE}, each after the first starting on the last record read)`);
		line(`requests vs ceil(N / ${PAGE_SIZE}) with pages of ${PAGE_SIZE}`, `${listing.length} / ${documentedMinimum} (${ratio(listing.length, documentedMinimum)})`);
		line(`requests vs ceil(N / ${LARGE_PAGE})`, `${listing.length} / ${Math.ceil(options.jobs / LARGE_PAGE)}`);
		line(`wall time: node in n8n engine (median of ${options.overheadRuns})`, seconds(median(nodeTimes)));
		line(`wall time: plain HTTP loop, same requests (median)`, seconds(median(rawTimes)));
		line('node / raw loop (median of the alternating runs)', ratio(median(nodeTimes), median(rawTimes)));
		line('node / raw loop, each run', nodeTimes.map((ms, index) => ratio(ms, rawTimes[index])).join(' '));

		await benchUpserts(control, credentials, options);
		await control.reset({ jobcase: { jobs: options.jobs, companies: 1 } });
		await control.config({ jobcase: { apiKey: API_KEY, rateLimitPerMinute: 1_000_000, maxPageSize: PAGE_SIZE } });

		process.stdout.write(`\nJobcase — bulk Create Job, ${options.bulkItems} items, sandbox limit raised\n`);
		const bulk = await timed(() => runNode({ nodeType: 'jobcase', parameters: createJobParameters, credentials, store, inputItems: jobItems(options.bulkItems, 'bulk') }));
		line('items created', String(bulk.result.items.filter((item) => item.json.id).length));
		line('items per minute', Math.round((options.bulkItems / bulk.ms) * 60_000).toLocaleString());

		process.stdout.write(`\nJobcase — bulk Create Job, ${options.limitedItems} items, real limit of 200 requests/minute\n`);
		// A fresh sandbox window: the requests above, made under the raised limit, must not count against this part.
		await control.reset({ jobcase: { jobs: 0, companies: 1 } });
		await control.config({ jobcase: { apiKey: API_KEY, rateLimitPerMinute: 200 } });
		const limitedCredentials = { jobcaseApi: { ...credentials.jobcaseApi, requestsPerMinute: 200 } };
		const limited = await timed(() =>
			runNode({ nodeType: 'jobcase', parameters: createJobParameters, credentials: limitedCredentials, store: new CredentialStore(), inputItems: jobItems(options.limitedItems, 'limited') }),
		);
		const log = await control.requests('jobcase');
		const peak = slidingWindowPeak(log.map((entry) => Date.parse(entry.at)), 60_000);
		const steadyItems = Math.max(0, options.limitedItems - 200);
		line('items created', String(limited.result.items.filter((item) => item.json.id).length));
		line('429 answers', String(log.filter((entry) => entry.status === 429).length));
		line('elapsed', seconds(limited.ms));
		line('peak requests in any 60 s window', `${peak} of 200 (${percent(peak / 200)} of the limit)`);
		line('items per minute over the whole run', Math.round((options.limitedItems / limited.ms) * 60_000).toString());
		if (steadyItems > 0) {
			// The first 200 may go at once; every item beyond them has to wait for the window to move.
			const sustained = (steadyItems / limited.ms) * 60_000;
			line('sustained rate beyond the first 200', `${Math.round(sustained)} per minute (${percent(sustained / 200)} of the limit)`);
		}
	} finally {
		await sandbox.close();
	}
}

type JobcaseCredentials = { jobcaseApi: { apiKey: string; partnerId: number; baseUrl: string; requestsPerMinute: number } };

/**
 * Create or Update in a per-event workflow (an active workflow, one record per execution): requests of the first
 * event, which lists the account, and of each later one, which should cost the write plus at most one small read.
 */
async function benchUpserts(control: SandboxControl, credentials: JobcaseCredentials, options: Options): Promise<void> {
	const kinds = [
		{
			label: 'Job',
			parameters: (key: string, round: number): INodeParameters => ({
				resource: 'job',
				operation: 'upsert',
				companyId: 1,
				adNumber: key,
				jobTitle: `Warehouse Associate, revision ${round}`,
				jobDescription: 'Pick, pack and ship orders in a friendly team. '.repeat(4),
				jobCity: 'Boston',
				jobState: 'MA',
				jobZipCode: '02110',
			}),
		},
		{
			label: 'Company',
			parameters: (key: string, round: number): INodeParameters => ({
				resource: 'company',
				operation: 'upsert',
				companyName: `Acme ${key}, revision ${round}`,
				partnerCompanyId: key,
				companyUrl: 'https://acme.example.com',
				companyStreet: '98 Battery St',
				companyCity: 'Boston',
				companyState: 'MA',
				companyZipCode: '02110',
			}),
		},
	];
	for (const kind of kinds) {
		process.stdout.write(
			`\nJobcase — ${kind.label} Create or Update, one item per execution (active workflow), ${options.jobs.toLocaleString()} jobs and ${options.companies.toLocaleString()} companies\n`,
		);
		const staticData: IDataObject = {};
		const store = new CredentialStore();
		const event = async (key: string, round: number) => {
			await control.clearRequests();
			const result = await runNode({ nodeType: 'jobcase', parameters: kind.parameters(key, round), credentials, store, mode: 'webhook', staticData });
			if (result.error) throw new Error(`${kind.label} Create or Update failed: ${result.error.message}`);
			return (await control.requests('jobcase')).length;
		};
		const first = await event(`bench-${kind.label}-first`, 0);
		line('first event (lists the account)', `${first} requests`);
		const repeats: number[] = [];
		const creations: number[] = [];
		for (let round = 1; round <= options.events; round++) {
			repeats.push(await event(`bench-${kind.label}-first`, round));
			creations.push(await event(`bench-${kind.label}-new-${round}`, round));
		}
		const describe = (counts: number[]) => `${counts.reduce((sum, count) => sum + count, 0)} requests for ${counts.length} events, at most ${Math.max(...counts)} per event`;
		line(`${options.events} later events updating a known record`, describe(repeats));
		line(`${options.events} later events creating a new record`, describe(creations));
		line('goal', 'at most 2 requests per later event');
	}
}
