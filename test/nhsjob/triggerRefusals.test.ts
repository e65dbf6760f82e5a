import { recordWarnings } from '../harness';
import { startNhsJob, type NhsJobFixture } from './fixture';
import { connectTrigger, type ConnectedTrigger, WEBHOOK_SECRET } from './triggerFixture';

let nhsjob: NhsJobFixture;
let logged: ReturnType<typeof recordWarnings>;
const triggers: ConnectedTrigger[] = [];
beforeAll(async () => {
	nhsjob = await startNhsJob({ jobs: 10, candidates: 5 });
});
beforeEach(() => (logged = recordWarnings()));
afterEach(async () => {
	logged.stop();
	await Promise.all(triggers.splice(0).map(async (connected) => await connected.close()));
});
afterAll(async () => await nhsjob.close());

async function connect(setup: Parameters<typeof connectTrigger>[1] = {}): Promise<ConnectedTrigger> {
	const connected = await connectTrigger(nhsjob.control, setup);
	triggers.push(connected);
	return connected;
}

describe('NHSJob Trigger refusals are visible to the owner', () => {
	it('in production, a forged delivery gets 401, starts nothing, and n8n’s log names the reason (no secret, no signature)', async () => {
		const connected = await connect();
		const { deliveries } = await connected.emit({ type: 'job.created', variant: 'forged' });
		expect(deliveries[0].status).toBe(401);
		expect(connected.runs()).toEqual([]);
		expect(logged.warnings).toHaveLength(1);
		expect(logged.warnings[0].message).toMatch(/^"NHSJob Trigger" in workflow [\w-]+ refused a delivery \(401\): The signature does not match the body$/);
		expect(logged.warnings[0].metadata).toMatchObject({ status: 401, reason: 'The signature does not match the body', testEvent: false });
		expect(JSON.stringify(logged.warnings)).not.toContain(WEBHOOK_SECRET);
	});

	it('an unsigned flood is logged once, then at most once a minute with the count of refusals not logged', async () => {
		const connected = await connect();
		const forge = async (count: number) =>
			await Promise.all(
				Array.from({ length: count }, async () => {
					const response = await fetch(connected.trigger.urls.default, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
					expect(response.status).toBe(401);
				}),
			);
		await forge(50);
		await connected.trigger.waitForDeliveries(50);
		expect(logged.warnings.map((warning) => warning.message)).toEqual([expect.stringMatching(/refused a delivery \(401\): The X-NHSJob-Signature header is missing$/)]);

		// Only n8n's clock moves on a minute; the HTTP server's timers stay real.
		jest.useFakeTimers({ doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'nextTick', 'queueMicrotask', 'hrtime', 'performance'] });
		try {
			jest.setSystemTime(Date.now() + 61_000);
			await forge(1);
			await connected.trigger.waitForDeliveries(51);
		} finally {
			jest.useRealTimers();
		}
		expect(logged.warnings).toHaveLength(2);
		expect(logged.warnings[1].message).toMatch(/refused a delivery \(401\): The X-NHSJob-Signature header is missing \(49 more refused since the last such line, not logged one by one\)$/);
		expect(logged.warnings[1].metadata).toMatchObject({ unloggedRefusals: 49, testEvent: false });
		expect(connected.runs()).toEqual([]);
	});

	it('a stale delivery is logged with its reason', async () => {
		const connected = await connect();
		await connected.emit({ type: 'job.created', variant: 'stale', staleSeconds: 2 * 86_400 });
		expect(logged.warnings.map((warning) => warning.metadata.reason)).toEqual(['The event is older than the maximum event age (86400 s) its signed body allows']);
	});

	it('listening for a test event, NHSJob signing under another header shows one item naming the missing header and the headers that arrived', async () => {
		const connected = await connect({ listen: 'test', signing: { signatureHeader: 'X-Hub-Signature-256', prefix: 'sha256=' } });
		expect(connected.trigger.urls.default).toContain('/webhook-test/');
		const { deliveries } = await connected.emit({ type: 'job.updated' });
		expect(deliveries[0].status).toBe(401);
		expect(JSON.parse(deliveries[0].response)).toEqual({ error: 'Unauthorized', message: 'The X-NHSJob-Signature header is missing' });
		await connected.trigger.waitForExecutions(1);
		expect(connected.runs()).toHaveLength(1);
		const [item] = connected.runs()[0];
		expect(item.json).toMatchObject({
			refused: true,
			status: 401,
			reason: 'The X-NHSJob-Signature header is missing',
			receivedHeaders: { 'x-hub-signature-256': '[hidden]', 'x-nhsjob-event': 'job.updated', 'user-agent': 'NHSJob-Webhooks/1.0' },
		});
		expect(JSON.stringify(item.json)).not.toContain(WEBHOOK_SECRET);
		expect(JSON.stringify(item.json)).not.toMatch(/sha256=[0-9a-f]{64}/);
		expect(logged.warnings.map((warning) => warning.metadata.testEvent)).toEqual([true]);
	});

	it('listening for a test event, a wrongly configured secret shows why, with the signature header hidden', async () => {
		const connected = await connect({ listen: 'test', credentialSecret: 'whsec_some_other_secret_000000000' });
		await connected.emit({ type: 'job.closed' });
		await connected.trigger.waitForExecutions(1);
		const [item] = connected.runs()[0];
		expect(item.json).toMatchObject({ refused: true, reason: 'The signature does not match the body', receivedHeaders: { 'x-nhsjob-signature': '[hidden]' } });
		expect(JSON.stringify(item.json)).not.toContain('whsec_');
	});

	it('listening for a test event, the diagnostic shows the names of headers and query parameters, but only harmless values', async () => {
		const connected = await connect({ listen: 'test' });
		const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvd25lckBleGFtcGxlLmNvbSJ9.c2lnbmF0dXJlLXZhbHVlLWhlcmU';
		const principal = Buffer.from('{"userId":"owner","claims":["admin"]}').toString('base64');
		await fetch(`${connected.trigger.urls.default}?jwt=${jwt}&pwd=hunter2hunter2&code=oauth-code-abc123&sid=sess-1234567890`, {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				'user-agent': 'NHSJob-Webhooks/1.0',
				'x-nhsjob-event-id': 'evt-42',
				'cf-access-jwt-assertion': jwt,
				'x-goog-iap-jwt-assertion': jwt,
				'x-amzn-oidc-data': jwt,
				'x-ms-client-principal': principal,
				'x-forwarded-for': '203.0.113.7',
				'x-request-note': `see ${jwt}`,
			},
			body: '{"type":"application.created","data":{}}',
		});
		await connected.trigger.waitForExecutions(1);
		const [item] = connected.runs()[0];
		const headers = item.json.receivedHeaders as Record<string, unknown>;
		expect(headers).toMatchObject({
			'content-type': 'application/json',
			'user-agent': 'NHSJob-Webhooks/1.0',
			'x-nhsjob-event-id': 'evt-42',
			'cf-access-jwt-assertion': '[hidden]',
			'x-goog-iap-jwt-assertion': '[hidden]',
			'x-amzn-oidc-data': '[hidden]',
			'x-ms-client-principal': '[hidden]',
			'x-forwarded-for': '[hidden]',
			'x-request-note': '[hidden]',
		});
		expect(item.json.receivedQuery).toEqual({ jwt: '[hidden]', pwd: '[hidden]', code: '[hidden]', sid: '[hidden]' });
		const shown = JSON.stringify(item.json);
		for (const value of [jwt, principal, 'hunter2hunter2', 'oauth-code-abc123', 'sess-1234567890', '203.0.113.7']) expect(shown).not.toContain(value);
	});

	it('listening for a test event, a harmless header that carries a token is hidden too', async () => {
		const connected = await connect({ listen: 'test' });
		const token = 'ya29A0ARrdaM8fQkP2vX7nLw3cT9sYbH4jZ6uEoR1mNqG5kVdW';
		await fetch(connected.trigger.urls.default, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'user-agent': `agent ${token}`, 'x-nhsjob-event-id': 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc' },
			body: '{"type":"application.created","data":{}}',
		});
		await connected.trigger.waitForExecutions(1);
		const [item] = connected.runs()[0];
		expect(item.json.receivedHeaders).toMatchObject({ 'user-agent': '[hidden]', 'x-nhsjob-event-id': '[hidden]', 'content-type': 'application/json' });
		expect(JSON.stringify(item.json)).not.toContain(token);
	});

	it('listening for a test event, a genuine delivery starts the test run with the event, and nothing is logged', async () => {
		const connected = await connect({ listen: 'test' });
		const { data } = await connected.emit({ type: 'job.created' });
		await connected.trigger.waitForExecutions(1);
		expect(connected.runs()[0].map((item) => [item.json.type, item.json.data])).toEqual([['job.created', data]]);
		expect(logged.warnings).toEqual([]);
	});
});
