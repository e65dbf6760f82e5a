import { CredentialStore, runNode } from '../harness';
import { json, startHostileServer, type HostileServer } from '../fixtures/hostile-server';

/**
 * Many items against a provider that does not answer: the first request uses every retry, later requests of the
 * same execution are still sent (a provider that recovers is used) but once each, so 20 items cannot each wait
 * through five timeouts. An answer restores the retries.
 */

let server: HostileServer;
afterEach(async () => await server.close());

const credentials = (baseUrl: string) => ({ jobcaseApi: { apiKey: 'jc-key-abcdef123456', partnerId: 1, baseUrl, requestsPerMinute: 100_000 } });
const requestOptions = { timeoutSeconds: 0.3, maxRetryWaitSeconds: 30, maxAttempts: 3 };

async function getJobs(items: number) {
	return await runNode({
		nodeType: 'jobcase',
		parameters: { resource: 'job', operation: 'get', jobId: 5, requestOptions },
		credentials: credentials(server.url),
		store: new CredentialStore(),
		continueOnFail: true,
		inputItems: Array.from({ length: items }, (_, index) => ({ json: { index } })),
	});
}

describe('a provider that does not answer', () => {
	it('gets every retry for the first item and one attempt for each later item', async () => {
		server = await startHostileServer(() => {
			/* never answers */
		});
		const started = Date.now();
		const result = await getJobs(6);
		const elapsedMs = Date.now() - started;

		expect(server.requests).toHaveLength(3 + 5);
		// 3 + 5 timeouts of 0.3 s and two backoffs of at most 1.5 s; retrying every item would take over 12 s.
		expect(elapsedMs).toBeLessThan(7000);
		expect(result.items).toHaveLength(6);
		expect(result.items[0].json.error).toMatch(/^Jobcase did not answer within 0\.3 s: the request timed out \(3 attempts over/);
		expect(result.items[0].json.description).not.toMatch(/earlier request/);
		for (const item of result.items.slice(1)) {
			expect(item.json.error).toMatch(/^Jobcase did not answer within 0\.3 s: the request timed out \(1 attempt over/);
			expect(item.json.description).toMatch(/Jobcase did not answer an earlier request in this run either, so this one was tried once, without retries\.$/);
		}
	}, 30_000);

	it('uses a provider that recovers mid-run, and retries again after it answered', async () => {
		// Requests 1-4 (item 0's three attempts, item 1's single one) and 6-8 hang; 5 and 9 answer.
		const answering = new Set([5, 9]);
		server = await startHostileServer((_request, response) => {
			if (answering.has(server.requests.length)) json(response, 200, { id: 5, title: 'Nurse' });
		});
		const result = await getJobs(5);

		expect(server.requests).toHaveLength(9);
		expect(result.items.map((item) => (item.json.error === undefined ? 'ok' : 'failed'))).toEqual(['failed', 'failed', 'ok', 'failed', 'ok']);
		expect(result.items[2].json).toMatchObject({ id: 5, title: 'Nurse' });
		expect(result.items[4].json).toMatchObject({ id: 5, title: 'Nurse' });
		// Item 3 came after an answer: it had its three attempts again, and no mention of an earlier silence.
		expect(result.items[3].json.error).toMatch(/\(3 attempts over/);
		expect(result.items[3].json.description).not.toMatch(/earlier request/);
		expect(result.items[1].json.description).toMatch(/tried once, without retries/);
	}, 30_000);
});
