import type { INodeParameters } from 'n8n-workflow';

import { CredentialStore, runNode } from '../harness';
import { json, startHostileServer, type HostileServer } from '../fixtures/hostile-server';

/**
 * Custom API Call paths and IDs that some servers resolve to `..` although a standard URL parser does not:
 * Tomcat and Jetty drop `;` parameters (`..;` is `..`), IIS decodes `%u002e`, and lax UTF-8 decoders read the
 * overlong `%c0%ae` as `.`. They are refused before anything is sent.
 */

let server: HostileServer;
beforeAll(async () => {
	server = await startHostileServer((_request, response) => json(response, 200, { id: 1, count: 0, results: [] }));
});
afterAll(async () => await server.close());
beforeEach(() => {
	server.requests.length = 0;
});

const run = async (parameters: INodeParameters) =>
	await runNode({
		nodeType: 'jobcase',
		parameters,
		credentials: { jobcaseApi: { apiKey: 'jc-key-abcdef123456', partnerId: 1, baseUrl: `${server.url}/api/platform/v1`, requestsPerMinute: 100_000 } },
		store: new CredentialStore(),
		continueOnFail: true,
	});

const PATHS: Array<[string, RegExp]> = [
	['/..;/admin', /has a "\." or "\.\." segment/],
	['/job/..;/..;/admin', /has a "\." or "\.\." segment/],
	['/job/..;jsessionid=1/admin', /has a "\." or "\.\." segment/],
	['/job/%2e%2e%3b/admin', /has a "\." or "\.\." segment/],
	['/job/%u002e%u002e/admin', /has a %u escape/],
	['/job/%25u002e%25u002e/admin', /has a %u escape/],
	['/job/%c0%ae%c0%ae/admin', /has %c0%ae%c0%ae, which is not valid UTF-8/],
	['/job/%e0%80%ae/admin', /which is not valid UTF-8/],
];

describe('Custom API Call refuses paths a server would read as ".."', () => {
	for (const method of ['GET', 'POST']) {
		it.each(PATHS)(`${method} %s`, async (path, problem) => {
			const result = await run({ resource: 'customApiCall', operation: 'call', method, path, ...(method === 'POST' ? { body: '{"a": 1}' } : {}) });
			expect(server.requests).toHaveLength(0);
			const error = String(result.items[0].json.error);
			expect(error.startsWith(`Invalid "Path" in item 0: ${JSON.stringify(path)} `)).toBe(true);
			expect(error).toMatch(problem);
		});
	}

	it.each(['/job/;a=1/', '/job/a;b/', '/job/%C3%A9t%C3%A9/', '/job/50%25/'])('still sends the ordinary path %s', async (path) => {
		const result = await run({ resource: 'customApiCall', operation: 'call', method: 'GET', path });
		expect(result.items[0].json.error).toBeUndefined();
		expect(server.requests).toHaveLength(1);
	});
});

describe('path parameters a server would read as ".." are refused', () => {
	it.each(['..;', '..;x=1', '.;', '%u002e%u002e', '%c0%ae%c0%ae', '%252e%252e%253b'])('Jobcase Match Key %j', async (key) => {
		const result = await run({ resource: 'resumeMatch', operation: 'get', key });
		expect(server.requests).toHaveLength(0);
		expect(String(result.items[0].json.error)).toBe(`Invalid "Match Key" in item 0: ${JSON.stringify(key)} is not an ID: it would change the request path`);
	});

	it('still sends an ordinary key with a semicolon', async () => {
		await run({ resource: 'resumeMatch', operation: 'get', key: 'abc;1' });
		expect(server.requests.map((request) => request.url)).toEqual(['/api/platform/v1/webhooks/resume/match/abc%3B1/']);
	});
});
