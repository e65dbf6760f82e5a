import { createHmac } from 'node:crypto';

import { recordWarnings } from '../harness';
import { startNhsJob, type NhsJobFixture } from './fixture';
import { connectTrigger, type ConnectedTrigger, WEBHOOK_SECRET } from './triggerFixture';

let nhsjob: NhsJobFixture;
const triggers: ConnectedTrigger[] = [];
beforeAll(async () => {
	nhsjob = await startNhsJob({ jobs: 50, candidates: 10 });
});
afterEach(async () => {
	await Promise.all(triggers.splice(0).map(async (connected) => await connected.close()));
});
afterAll(async () => await nhsjob.close());

async function connect(setup: Parameters<typeof connectTrigger>[1] = {}): Promise<ConnectedTrigger> {
	const connected = await connectTrigger(nhsjob.control, setup);
	triggers.push(connected);
	return connected;
}

const EVENT_TYPES = ['job.created', 'job.updated', 'job.closed', 'application.submitted', 'application.status_changed'] as const;

describe('NHSJob Trigger events', () => {
	it.each(EVENT_TYPES)('%s starts the workflow with one item holding its type, data and delivery headers', async (type) => {
		const connected = await connect();
		const { data, deliveries } = await connected.emit({ type });
		expect(deliveries).toMatchObject([{ status: 200, variant: 'signed' }]);
		// The answer n8n gives for this webhook description and webhook() result (the harness follows n8n 2.8's rules).
		expect(JSON.parse(deliveries[0].response)).toEqual({ received: true });
		expect(connected.runs()).toHaveLength(1);
		const [item] = connected.runs()[0];
		expect(item.json).toEqual({
			type,
			eventId: deliveries[0].eventId,
			data,
			headers: {
				'content-type': 'application/json',
				'user-agent': 'NHSJob-Webhooks/1.0',
				'x-nhsjob-event': type,
				'x-nhsjob-event-id': deliveries[0].eventId,
				'x-nhsjob-delivery': deliveries[0].id,
				'x-nhsjob-timestamp': expect.stringMatching(/^\d{10}$/),
			},
		});
		expect(item.json.headers).not.toHaveProperty('x-nhsjob-signature');
	});

	it('an application submitted with the NHSJob node reaches the trigger as application.submitted', async () => {
		const connected = await connect({ events: ['application.submitted'] });
		await nhsjob.connectOAuth2();
		const [job] = await nhsjob.openJobs();
		const submitted = await nhsjob.run({ resource: 'application', operation: 'submit', jobId: job.id, candidateId: 'cand_50003', resumeUrl: 'https://cv.example.org/c.pdf' }, { authentication: 'oAuth2' });
		expect(submitted.error).toBeUndefined();
		await connected.trigger.waitForExecutions(1);
		expect(connected.runs()[0][0].json).toMatchObject({
			type: 'application.submitted',
			data: { application_id: submitted.items[0].json.id, job_id: job.id, candidate_id: 'cand_50003', status: 'submitted' },
		});
	});

	it('deliveries of events not selected are acknowledged without starting the workflow', async () => {
		const connected = await connect({ events: ['job.closed', 'application.status_changed'] });
		const created = await connected.emit({ type: 'job.created' });
		const submitted = await connected.emit({ type: 'application.submitted' });
		const closed = await connected.emit({ type: 'job.closed' });
		expect([created, submitted, closed].map((result) => result.deliveries[0].status)).toEqual([200, 200, 200]);
		expect(connected.trigger.deliveries.map((delivery) => delivery.startedExecution)).toEqual([false, false, true]);
		expect(connected.runs().map((run) => run[0].json.type)).toEqual(['job.closed']);
	});
});

describe('NHSJob Trigger refuses what NHSJob did not send', () => {
	it.each([
		['a forged delivery (signed with another secret)', 'forged', /The signature does not match the body/],
		['an unsigned delivery', 'unsigned', /The X-NHSJob-Signature header is missing/],
	] as const)('%s gets 401 and starts nothing', async (_label, variant, reason) => {
		const connected = await connect();
		const { deliveries } = await connected.emit({ type: 'job.created', variant });
		expect(deliveries[0].status).toBe(401);
		expect(JSON.parse(deliveries[0].response).message).toMatch(reason);
		expect(connected.trigger.deliveries).toMatchObject([{ status: 401, startedExecution: false }]);
		expect(connected.runs()).toHaveLength(0);
	});

	it('a delivery signed with the right secret but checked with another gets 401', async () => {
		const connected = await connect({ credentialSecret: 'whsec_some_other_secret_000000000' });
		const { deliveries } = await connected.emit({ type: 'job.updated' });
		expect(deliveries[0].status).toBe(401);
		expect(connected.runs()).toHaveLength(0);
	});

	it.each([
		['10 minutes old', 600],
		['10 minutes in the future', -600],
	])('with a timestamp header, a delivery signed %s gets 401 and starts nothing', async (_label, staleSeconds) => {
		const connected = await connect({ signature: { timestampHeader: 'X-NHSJob-Timestamp' } });
		const { deliveries } = await connected.emit({ type: 'job.created', variant: 'stale', staleSeconds });
		expect(deliveries[0].status).toBe(401);
		expect(JSON.parse(deliveries[0].response).message).toBe('The delivery is outside the 300-second replay window');
		const fresh = await connected.emit({ type: 'job.created' });
		expect(fresh.deliveries[0].status).toBe(200);
		expect(connected.runs()).toHaveLength(1);
	});

	it('when the timestamp is signed too, moving a captured delivery to a new timestamp breaks its signature', async () => {
		const connected = await connect({
			signature: { timestampHeader: 'X-NHSJob-Timestamp', signedContent: 'timestampAndBody' },
			signing: { signedContent: 'timestampAndBody' },
		});
		const valid = await connected.emit({ type: 'job.created' });
		expect(valid.deliveries[0].status).toBe(200);
		const body = JSON.stringify({ id: 'evt_captured', type: 'job.created', created_at: new Date().toISOString(), data: { id: 'job_1' } });
		const moved = await fetch(connected.trigger.urls.default, {
			method: 'POST',
			headers: {
				'Content-Type': 'application/json',
				'X-NHSJob-Timestamp': String(Math.floor(Date.now() / 1000)),
				// The signature of the body alone, as a body-only scheme would carry it, cannot vouch for the new timestamp.
				'X-NHSJob-Signature': createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex'),
			},
			body,
		});
		expect(moved.status).toBe(401);
		expect(connected.runs()).toHaveLength(1);
	});

	it.each([
		['NHSJob retries it (same event ID, new timestamp and signature)', 'retry'],
		['someone replays the captured request byte for byte', 'replay'],
	] as const)('when %s, the repeat is acknowledged and the workflow runs once', async (_label, repeat) => {
		const connected = await connect({ signature: { timestampHeader: 'X-NHSJob-Timestamp' } });
		const { deliveries } = await connected.emit({ type: 'application.status_changed', repeat });
		expect(deliveries.map((delivery) => [delivery.attempt, delivery.status])).toEqual([[1, 200], [2, 200]]);
		expect(deliveries[0].eventId).toBe(deliveries[1].eventId);
		expect(JSON.parse(deliveries[0].response)).toEqual({ received: true });
		expect(JSON.parse(deliveries[1].response)).toEqual({ received: true, started: false, reason: 'already received' });
		expect(connected.trigger.deliveries.map((delivery) => delivery.startedExecution)).toEqual([true, false]);
		expect(connected.runs()).toHaveLength(1);
		const other = await connected.emit({ type: 'application.status_changed' });
		expect(other.deliveries[0].status).toBe(200);
		expect(connected.runs()).toHaveLength(2);
	});
});

describe('NHSJob Trigger signature options', () => {
	const combinations = (['sha1', 'sha256', 'sha512'] as const).flatMap((algorithm) => (['hex', 'base64'] as const).map((encoding) => [algorithm, encoding] as const));

	it.each(combinations)('verifies HMAC-%s signatures written in %s', async (algorithm, encoding) => {
		const connected = await connect({ signature: { algorithm, encoding }, signing: { algorithm, encoding } });
		const { deliveries } = await connected.emit({ type: 'job.updated' });
		expect(deliveries[0].status).toBe(200);
		expect(connected.runs()).toHaveLength(1);
		const forged = await connected.emit({ type: 'job.updated', variant: 'forged' });
		expect(forged.deliveries[0].status).toBe(401);
	});

	it('refuses a genuine delivery signed with another algorithm than the one configured', async () => {
		const connected = await connect({ signature: { algorithm: 'sha256' }, signing: { algorithm: 'sha512' } });
		const { deliveries } = await connected.emit({ type: 'job.updated' });
		expect(deliveries[0].status).toBe(401);
		expect(connected.runs()).toHaveLength(0);
	});

	it('reads a custom header with a "sha256=" prefix, and a signed timestamp in another header', async () => {
		const connected = await connect({
			signature: { signatureHeader: 'X-Hub-Signature-256', signaturePrefix: 'sha256=', timestampHeader: 'X-Signed-At', signedContent: 'timestampAndBody', eventIdHeader: 'X-Event' },
			signing: { signatureHeader: 'X-Hub-Signature-256', prefix: 'sha256=', timestampHeader: 'X-Signed-At', signedContent: 'timestampAndBody', eventIdHeader: 'X-Event' },
		});
		const { deliveries } = await connected.emit({ type: 'job.closed', repeat: 'retry' });
		expect(deliveries.map((delivery) => delivery.status)).toEqual([200, 200]);
		expect(connected.runs()).toHaveLength(1);
		expect(connected.runs()[0][0].json).toMatchObject({ eventId: deliveries[0].eventId, headers: { 'x-event': deliveries[0].eventId } });
		expect(connected.runs()[0][0].json.headers).not.toHaveProperty('x-hub-signature-256');
	});
});

describe('NHSJob Trigger recognises a delivery seen before by what its signature covers', () => {
	/** A delivery signed as NHSJob signs (HMAC-SHA256 of the body), sent straight to the trigger. */
	async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
		return await fetch(url, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', 'X-NHSJob-Signature': createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex'), ...headers },
			body,
		});
	}

	it('a captured delivery re-sent with a new X-NHSJob-Event-Id each time starts the workflow once', async () => {
		const connected = await connect();
		const body = JSON.stringify({ id: 'evt_captured_1', type: 'job.created', created_at: new Date().toISOString(), data: { id: 'job_1' } });
		const answers = [];
		for (const headerId of ['evt_captured_1', 'evt_forged_2', 'evt_forged_3']) {
			const response = await post(connected.trigger.urls.default, body, { 'X-NHSJob-Event-Id': headerId });
			answers.push([response.status, await response.json()]);
		}
		expect(answers).toEqual([
			[200, { received: true }],
			[200, { received: true, started: false, reason: 'already received' }],
			[200, { received: true, started: false, reason: 'already received' }],
		]);
		await connected.trigger.waitForExecutions(1);
		expect(connected.runs()).toHaveLength(1);
		expect(connected.runs()[0][0].json.eventId).toBe('evt_captured_1');
	});

	it('a body without an event ID is recognised by its content: the same bytes run once, another body runs', async () => {
		const connected = await connect();
		const body = JSON.stringify({ type: 'application.submitted', data: { application_id: 'app_9' } });
		const statuses = [];
		for (const headerId of ['a', 'b', 'c']) statuses.push((await post(connected.trigger.urls.default, body, { 'X-NHSJob-Event-Id': headerId })).status);
		const other = await post(connected.trigger.urls.default, JSON.stringify({ type: 'application.submitted', data: { application_id: 'app_10' } }));
		expect([...statuses, other.status]).toEqual([200, 200, 200, 200]);
		await connected.trigger.waitForExecutions(2);
		expect(connected.trigger.deliveries.map((delivery) => delivery.startedExecution)).toEqual([true, false, false, true]);
		expect(connected.runs().map((run) => (run[0].json.data as { application_id: string }).application_id)).toEqual(['app_9', 'app_10']);
	});

	it('five copies of one delivery arriving at the same moment start the workflow once', async () => {
		const connected = await connect();
		const { deliveries } = await connected.emit({ type: 'job.updated', copies: 5 });
		expect(deliveries.map((delivery) => delivery.status)).toEqual([200, 200, 200, 200, 200]);
		expect(deliveries.filter((delivery) => delivery.response === JSON.stringify({ received: true }))).toHaveLength(1);
		expect(connected.runs()).toHaveLength(1);
	});

	it('by default, a delivery whose signed body dates its event two days back gets 401 and starts nothing', async () => {
		const connected = await connect();
		const { deliveries } = await connected.emit({ type: 'job.created', variant: 'stale', staleSeconds: 2 * 86_400 });
		expect(deliveries[0].status).toBe(401);
		expect(JSON.parse(deliveries[0].response).message).toBe('The event is older than the maximum event age (86400 s) its signed body allows');
		const recent = await connected.emit({ type: 'job.created', variant: 'stale', staleSeconds: 3600 });
		expect(recent.deliveries[0].status).toBe(200);
		expect(connected.runs()).toHaveLength(1);
	});

	it('Maximum Event Age is configurable, and 0 turns the age check off', async () => {
		const strict = await connect({ signature: { maxEventAgeSeconds: 600 } });
		expect((await strict.emit({ type: 'job.created', variant: 'stale', staleSeconds: 3600 })).deliveries[0].status).toBe(401);
		const off = await connect({ signature: { maxEventAgeSeconds: 0 } });
		expect((await off.emit({ type: 'job.created', variant: 'stale', staleSeconds: 30 * 86_400 })).deliveries[0].status).toBe(200);
		expect(off.runs()).toHaveLength(1);
	});
});

describe('NHSJob Trigger activation', () => {
	it('activation marks the trigger active; a delivery seen before stays refused after deactivating and activating again', async () => {
		const connected = await connect();
		expect(connected.trigger.staticData.activatedAt).toEqual(expect.any(String));
		const body = JSON.stringify({ id: 'evt_before_reactivation', type: 'job.created', created_at: new Date().toISOString(), data: { id: 'job_2' } });
		const send = async () =>
			await fetch(connected.trigger.urls.default, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', 'X-NHSJob-Signature': createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex') },
				body,
			});
		expect((await send()).status).toBe(200);
		expect(Object.keys(connected.trigger.staticData.seenDeliveries as object)).toHaveLength(1);
		await connected.trigger.deactivate();
		expect(connected.trigger.staticData.activatedAt).toBeUndefined();
		await connected.trigger.activate();
		expect(await (await send()).json()).toEqual({ received: true, started: false, reason: 'already received' });
		await connected.trigger.waitForExecutions(1);
		expect(connected.runs()).toHaveLength(1);
	});
});

describe('NHSJob Trigger reads the event time of the signed body', () => {
	const now = () => Date.now();
	const DAY = 86_400_000;
	/** [what the body's time field holds, the answer, the field and its value] */
	const TIMES: Array<[string, 200 | 401, () => Record<string, unknown>]> = [
		['a word ("yesterday")', 401, () => ({ created_at: 'yesterday' })],
		['a word in createdAt', 401, () => ({ createdAt: 'soon' })],
		['an impossible date', 401, () => ({ occurred_at: '2024-13-45T00:00:00Z' })],
		['an object', 401, () => ({ timestamp: { at: 'now' } })],
		['a boolean', 401, () => ({ created_at: true })],
		['a date in another format', 401, () => ({ created_at: '05/01/2024 10:00' })],
		['Unix seconds as a number', 200, () => ({ timestamp: Math.floor(now() / 1000) })],
		['Unix milliseconds as a number', 200, () => ({ timestamp: now() })],
		['Unix seconds as a string of digits', 200, () => ({ created_at: String(Math.floor(now() / 1000)) })],
		['an ISO 8601 date', 200, () => ({ occurred_at: new Date(now()).toISOString() })],
		['Unix seconds two days back', 401, () => ({ occurred_at: Math.floor((now() - 2 * DAY) / 1000) })],
		['null (no time)', 200, () => ({ created_at: null })],
		['no time field at all', 200, () => ({})],
	];

	let logged: ReturnType<typeof recordWarnings>;
	beforeEach(() => (logged = recordWarnings()));
	afterEach(() => logged.stop());

	async function deliver(connected: ConnectedTrigger, time: Record<string, unknown>, id: string): Promise<Response> {
		const body = JSON.stringify({ id, type: 'job.created', ...time, data: { id: 'job_1' } });
		return await fetch(connected.trigger.urls.default, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', 'X-NHSJob-Signature': createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex') },
			body,
		});
	}

	it.each(TIMES)('a signed event whose time is %s gets %s', async (label, status, time) => {
		const connected = await connect();
		const response = await deliver(connected, time(), `evt_time_${label.replace(/\W+/g, '_')}`);
		expect(response.status).toBe(status);
		const answer = (await response.json()) as { message?: string };
		if (status === 200) {
			await connected.trigger.waitForExecutions(1);
			expect(connected.runs()).toHaveLength(1);
			return;
		}
		expect(connected.runs()).toHaveLength(0);
		const field = Object.keys(time())[0];
		const reason = label.includes('two days back')
			? 'The event is older than the maximum event age (86400 s) its signed body allows'
			: expect.stringMatching(new RegExp(`^The event's "${field}" \\(.+\\) is not a time \\(ISO 8601, or Unix seconds or milliseconds\\), so its age cannot be checked against the maximum event age \\(86400 s\\)$`));
		expect(answer.message).toEqual(reason);
		// Reported as every refusal is: in n8n's log, with the reason.
		expect(logged.warnings.map((warning) => warning.metadata)).toEqual([expect.objectContaining({ status: 401, reason })]);
	});

	it('an unreadable time is refused with the value it holds, and accepted when Maximum Event Age is 0', async () => {
		const strict = await connect();
		const refused = await deliver(strict, { created_at: 'yesterday' }, 'evt_unreadable_1');
		expect((await refused.json()) as unknown).toMatchObject({ message: expect.stringContaining('"created_at" ("yesterday") is not a time') });
		const off = await connect({ signature: { maxEventAgeSeconds: 0 } });
		expect((await deliver(off, { created_at: 'yesterday' }, 'evt_unreadable_2')).status).toBe(200);
		await off.trigger.waitForExecutions(1);
		expect(off.runs()).toHaveLength(1);
		expect(strict.runs()).toHaveLength(0);
	});
});
