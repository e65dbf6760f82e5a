import { explainErrorBody } from '../../nodes/shared/errors';
import { redact } from '../../nodes/shared/transport/redact';
import { startHostileServer, type HostileServer } from '../fixtures/hostile-server';
import { CredentialStore, runNode } from '../harness';

const API_KEY = 'jc-nested-key-7f3a9b21c4d8e6f0aa';
const DEPTH = 100_000;

function nested(depth: number): unknown {
	return JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown;
}

describe('a deeply nested error body', () => {
	let server: HostileServer | undefined;
	afterEach(async () => {
		await server?.close();
		server = undefined;
	});

	it('fails the item with the provider status and the request, not a stack overflow', async () => {
		server = await startHostileServer((_request, response) => {
			response.writeHead(400, { 'content-type': 'application/json' });
			response.end(`{"error":${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}`);
		});
		const result = await runNode({
			nodeType: 'jobcase',
			parameters: { resource: 'job', operation: 'get', jobId: 5 } as never,
			credentials: { jobcaseApi: { apiKey: API_KEY, partnerId: 1, baseUrl: `${server.url}/api/platform/v1`, requestsPerMinute: 100_000 } },
			store: new CredentialStore(),
			continueOnFail: true,
		});
		const error = result.items[0]?.json.error;
		const shown = JSON.stringify(result.items[0]?.json);
		expect(error).toBeDefined();
		expect(shown).not.toMatch(/Maximum call stack|RangeError/);
		expect(shown).toContain('(400)');
		expect(shown).toContain('GET /');
		expect(result.serialized).not.toContain(API_KEY);
	});

	it('redact cuts it at a bounded depth and marks the cut', () => {
		const safe = JSON.stringify(redact(nested(DEPTH), ['a-secret-value']));
		expect(safe).toContain('[nested too deeply]');
		expect(safe.length).toBeLessThan(200);
	});

	it('explainErrorBody says it was nested too deeply instead of throwing', () => {
		expect(explainErrorBody({ error: nested(DEPTH) })).toContain('[nested too deeply]');
		expect(explainErrorBody({ detail: 'Job not found' })).toBe('Job not found');
	});
});
