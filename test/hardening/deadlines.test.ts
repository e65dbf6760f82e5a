import { CredentialStore, runNode } from '../harness';
import { dripForever, json, startHostileServer, type HostileServer } from '../fixtures/hostile-server';

/**
 * Timeout is a hard limit on each attempt and Max Retry Wait on the whole request: a server that sends its
 * headers and then a byte every 200 ms forever (which axios' idle-socket timeout never notices) cannot hold
 * an item for longer. The connection is closed when the limit is reached.
 */

let server: HostileServer;
afterEach(async () => await server.close());

const jobcase = (baseUrl: string) => ({ jobcaseApi: { apiKey: 'jc-key-abcdef123456', partnerId: 1, baseUrl, requestsPerMinute: 100_000 } });

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; elapsedMs: number }> {
	const started = Date.now();
	const result = await run();
	return { result, elapsedMs: Date.now() - started };
}

/** Waits until the client has closed every connection (its close reaches the server a moment after the run ends). */
async function closedWithin(hostile: HostileServer, ms: number): Promise<void> {
	const until = Date.now() + ms;
	while (hostile.requests.some((request) => request.closedAfterMs === undefined) && Date.now() < until) {
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

describe('a body that never ends', () => {
	it('fails a read after Timeout, as a timeout, and closes the connection', async () => {
		server = await startHostileServer((_request, response) => dripForever(response, '{"id": 5, "name": "x"'));
		const { result, elapsedMs } = await timed(
			async () =>
				await runNode({
					nodeType: 'jobcase',
					parameters: { resource: 'company', operation: 'get', companyId: 5, requestOptions: { timeoutSeconds: 1.5, maxRetryWaitSeconds: 0, maxAttempts: 1 } },
					credentials: jobcase(server.url),
					store: new CredentialStore(),
					continueOnFail: true,
				}),
		);
		expect(elapsedMs).toBeGreaterThanOrEqual(1400);
		expect(elapsedMs).toBeLessThan(4000);
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json.error).toMatch(/^Jobcase did not answer within 1\.5 s: the request timed out \(1 attempt over \d+(\.\d)? s\)$/);
		expect(server.requests).toHaveLength(1);
		await closedWithin(server, 1000);
		expect(server.requests[0].closedAfterMs).toBeLessThan(3000);
	});

	it('fails a write after Timeout without repeating it, and says the record may have been saved', async () => {
		server = await startHostileServer((_request, response) => dripForever(response, '{"id": 9'));
		const { result, elapsedMs } = await timed(
			async () =>
				await runNode({
					nodeType: 'jobcase',
					parameters: {
						resource: 'customApiCall',
						operation: 'call',
						method: 'POST',
						path: '/company/',
						body: '{"companyName": "Acme"}',
						requestOptions: { timeoutSeconds: 1, maxRetryWaitSeconds: 10, maxAttempts: 5 },
					},
					credentials: jobcase(server.url),
					store: new CredentialStore(),
					continueOnFail: true,
				}),
		);
		expect(elapsedMs).toBeLessThan(3500);
		expect(server.requests.map((request) => request.method)).toEqual(['POST']);
		expect(result.items[0].json.error).toMatch(/^Jobcase did not answer within 1 s: the request timed out/);
		expect(result.items[0].json.description).toMatch(/POST \/company\/ was sent but got no answer before its timeout\. Jobcase may have saved the record/);
	});

	it('ends a read with retries at Max Retry Wait, however many attempts are left', async () => {
		server = await startHostileServer((_request, response) => dripForever(response, '{"id": 5'));
		const { result, elapsedMs } = await timed(
			async () =>
				await runNode({
					nodeType: 'jobcase',
					parameters: { resource: 'company', operation: 'get', companyId: 5, requestOptions: { timeoutSeconds: 1.5, maxRetryWaitSeconds: 3, maxAttempts: 10 } },
					credentials: jobcase(server.url),
					store: new CredentialStore(),
					continueOnFail: true,
				}),
		);
		// The first attempt gets its 1.5 s; after the backoff (at most 0.5 s) the second is cut when the 3 s are up.
		expect(elapsedMs).toBeGreaterThanOrEqual(2900);
		expect(elapsedMs).toBeLessThan(5000);
		expect(server.requests).toHaveLength(2);
		expect(result.items[0].json.error).toMatch(/^Jobcase did not answer within [\d.]+ s: the request timed out \(2 attempts over 3(\.\d)? s\)$/);
		await closedWithin(server, 1000);
		expect(server.requests[0].closedAfterMs).toBeLessThan(2500);
		expect(server.requests[1].closedAfterMs).toBeDefined();
	});

	it('leaves a complete answer alone and keeps the next item to its own deadline', async () => {
		let calls = 0;
		server = await startHostileServer((_request, response) => {
			calls += 1;
			if (calls === 1) json(response, 200, { id: 5, companyName: 'Acme' });
			else dripForever(response, '{"id": 6');
		});
		const { result, elapsedMs } = await timed(
			async () =>
				await runNode({
					nodeType: 'jobcase',
					parameters: { resource: 'company', operation: 'get', companyId: '={{ $json.id }}', requestOptions: { timeoutSeconds: 1, maxRetryWaitSeconds: 0, maxAttempts: 1 } },
					credentials: jobcase(server.url),
					inputItems: [{ json: { id: 5 } }, { json: { id: 6 } }],
					store: new CredentialStore(),
					continueOnFail: true,
				}),
		);
		expect(elapsedMs).toBeLessThan(3000);
		expect(result.items.map((item) => item.json.companyName ?? item.json.error)).toEqual(['Acme', expect.stringMatching(/^Jobcase did not answer within 1 s: the request timed out \(1 attempt over 1(\.[01])? s\)$/)]);
	});
});
