import type { INodeParameters } from 'n8n-workflow';

import { CredentialStore, runNode } from '../harness';
import { json, startHostileServer, type HostileServer } from '../fixtures/hostile-server';

/**
 * Request Options given by an expression are checked like the editor checks typed values: Timeout at least
 * 0.1 s (0 would mean no timeout at all), Max Attempts a whole number from 1 to 10, Max Retry Wait at least 0.
 * A bad value fails its item before anything is sent, naming the field and the item.
 */

let server: HostileServer;
beforeAll(async () => {
	server = await startHostileServer((_request, response) => json(response, 200, { id: 5, companyName: 'Acme' }));
});
afterAll(async () => await server.close());
beforeEach(() => {
	server.requests.length = 0;
});

const run = async (requestOptions: INodeParameters, inputItems = [{ json: {} }]) =>
	await runNode({
		nodeType: 'jobcase',
		parameters: { resource: 'company', operation: 'get', companyId: 5, requestOptions },
		credentials: { jobcaseApi: { apiKey: 'jc-key-abcdef123456', partnerId: 1, baseUrl: server.url, requestsPerMinute: 100_000 } },
		inputItems,
		store: new CredentialStore(),
		continueOnFail: true,
	});

describe('bad Request Options fail the item before anything is sent', () => {
	const cases: Array<[string, string, string, RegExp]> = [
		['timeoutSeconds', 'Timeout (Seconds)', '={{ 0 }}', /at least 0\.1/],
		['timeoutSeconds', 'Timeout (Seconds)', '={{ -1 }}', /at least 0\.1/],
		['timeoutSeconds', 'Timeout (Seconds)', '={{ 0.05 }}', /at least 0\.1/],
		['timeoutSeconds', 'Timeout (Seconds)', '={{ "abc" }}', /at least 0\.1/],
		['maxAttempts', 'Max Attempts', '={{ 0 }}', /whole number from 1 to 10/],
		['maxAttempts', 'Max Attempts', '={{ -1 }}', /whole number from 1 to 10/],
		['maxAttempts', 'Max Attempts', '={{ 1.5 }}', /whole number from 1 to 10/],
		['maxAttempts', 'Max Attempts', '={{ "abc" }}', /whole number from 1 to 10/],
		['maxRetryWaitSeconds', 'Max Retry Wait (Seconds)', '={{ -1 }}', /at least 0/],
		['maxRetryWaitSeconds', 'Max Retry Wait (Seconds)', '={{ "abc" }}', /at least 0/],
		['maxRetryWaitSeconds', 'Max Retry Wait (Seconds)', '={{ NaN }}', /at least 0/],
	];
	it.each(cases)('%s = %j', async (name, label, value, rule) => {
		const result = await run({ [name]: value });
		expect(server.requests).toHaveLength(0);
		expect(result.items).toHaveLength(1);
		const error = String(result.items[0].json.error);
		expect(error.startsWith(`Invalid "${label}" in item 0: `)).toBe(true);
		expect(error).toMatch(rule);
	});

	it('fails only the item whose expression gives the bad value', async () => {
		const result = await run({ timeoutSeconds: '={{ $json.timeout }}' }, [{ json: { timeout: 5 } }, { json: { timeout: 0 } }, { json: { timeout: 5 } }]);
		expect(server.requests).toHaveLength(2);
		expect(result.items.map((item) => item.json.companyName ?? item.json.error)).toEqual([
			'Acme',
			expect.stringMatching(/^Invalid "Timeout \(Seconds\)" in item 1: 0 is not valid/),
			'Acme',
		]);
	});

	it('accepts the smallest valid values and numbers given as text', async () => {
		const result = await run({ timeoutSeconds: '={{ "0.1" }}', maxAttempts: 1, maxRetryWaitSeconds: 0 });
		expect(result.items[0].json.companyName).toBe('Acme');
		expect(server.requests).toHaveLength(1);
	});
});
