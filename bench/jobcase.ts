import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { SandboxControl } from '../sandbox/client';
import { startSandbox } from '../sandbox/server';
import { CredentialStore, runNode } from '../test/harness';
import { line, percent, ratio, seconds } from './format';
import { slidingWindowPeak } from './slidingWindowPeak';

const API_KEY = 'bench-jobcase-key-0001';
const PAGE_SIZE = 100;

interface Options {
	jobs: number;
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
		await control.reset({ jobcase: { jobs: options.jobs, companies: 1 } });
		await control.config({ jobcase: { apiKey: API_KEY, rateLimitPerMinute: 1_000_000 } });
		const credentials = { jobcaseApi: { apiKey: API_KEY, partnerId: 1, baseUrl, requestsPerMinute: 1_000_000 } };
		const store = new CredentialStore();
		const returnAll = () =>
			runNode({ nodeType: 'jobcase', parameters: { resource: 'job', operation: 'getAll', returnAll: true, filters: { status: 'all' }, simplify: false }, credentials, store });
		const rawLoop = async () => {
			let fetched = 0;
			for (let offset = 0; offset < options.jobs; offset += PAGE_SIZE) {
				const response = await fetch(`${baseUrl}/job/?status=all&offset=${offset}&limit=${PAGE_SIZE}`, { headers: { 'X-Platform-Api-Key': API_KEY } });
				fetched += ((await response.json()) as { results: unknown[] }).results.length;
			}
			return fetched;
		};

		process.stdout.write(`\nJobcase — Return All over ${options.jobs.toLocaleString()} jobs\n`);
		await returnAll();
		await rawLoop();
		await control.clearRequests();
		const node = await timed(returnAll);
		const requests = (await control.requests('jobcase')).length;
		const raw = await timed(rawLoop);
		const minimum = Math.ceil(options.jobs / PAGE_SIZE);
		line('items returned (node / raw loop)', `${node.result.items.length} / ${raw.result}`);
		line('requests used vs minimum', `${requests} / ${minimum} (${ratio(requests, minimum)})`);
		line('wall time: node in n8n engine', seconds(node.ms));
		line('wall time: plain HTTP loop, same requests', seconds(raw.ms));
		line('node / raw loop', ratio(node.ms, raw.ms));

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
