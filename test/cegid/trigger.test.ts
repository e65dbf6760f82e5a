import { recordWarnings, startWebhookTrigger, type WebhookTrigger } from '../harness';
import { CLIENT_SECRET, startCegid, type CegidFixture } from './fixture';

const ALL_EVENTS = [
	'vacancy_new',
	'vacancy_update',
	'vacancy_status',
	'vacancy_deleted',
	'application_event_new',
	'applicant_new',
	'applicant_update',
	'applicant_resume_update',
];

let cegid: CegidFixture;
const open: WebhookTrigger[] = [];

beforeAll(async () => {
	cegid = await startCegid({ vacancies: 20, candidates: 6 });
});
afterAll(async () => {
	await Promise.all(open.map(async (trigger) => await trigger.close()));
	await cegid.close();
});
beforeEach(async () => {
	await cegid.control.clearFaults();
	for (const hook of await cegid.control.cegidWebhooks()) await cegid.control.cegidLoseWebhook(hook.hookId);
	await cegid.control.clearRequests();
});

async function trigger(parameters: Record<string, unknown>, staticData?: Record<string, unknown>, listen?: 'test'): Promise<WebhookTrigger> {
	const started = await startWebhookTrigger({
		nodeType: 'cegidRecruitingTrigger',
		parameters: parameters as never,
		credentials: cegid.credentials,
		store: cegid.store,
		staticData: staticData as never,
		listen,
	});
	open.push(started);
	return started;
}

describe('Cegid Recruiting Trigger subscriptions', () => {
	it('activation subscribes each selected event once, with this trigger’s callback and ping URLs', async () => {
		const hooked = await trigger({ events: ALL_EVENTS });
		await hooked.activate();
		const hooks = await cegid.control.cegidWebhooks();
		expect(hooks.map((hook) => hook.event).sort()).toEqual([...ALL_EVENTS].sort());
		expect(new Set(hooks.map((hook) => hook.callbackUrl))).toEqual(new Set([hooked.urls.default]));
		expect(new Set(hooks.map((hook) => hook.pingUrl))).toEqual(new Set([hooked.urls.setup]));
		expect(hooked.staticData.hooks).toEqual(Object.fromEntries(hooks.map((hook) => [hook.event, hook.hookId])));
	});

	it('deactivation removes every subscription it made', async () => {
		const hooked = await trigger({ events: ['vacancy_new', 'applicant_new'] });
		await hooked.activate();
		expect(await cegid.control.cegidWebhooks()).toHaveLength(2);
		await hooked.deactivate();
		expect(await cegid.control.cegidWebhooks()).toEqual([]);
		expect(hooked.staticData.hooks).toBeUndefined();
	});

	it('re-activating keeps the existing subscriptions and never duplicates them', async () => {
		const hooked = await trigger({ events: ['vacancy_new', 'vacancy_update'] });
		await hooked.activate();
		const first = await cegid.control.cegidWebhooks();
		await hooked.activate();
		await hooked.activate();
		expect(await cegid.control.cegidWebhooks()).toEqual(first);
		const creations = (await cegid.control.requests('cegid')).filter((request) => request.method === 'POST' && request.path === '/api/system/v1/webhooks');
		expect(creations).toHaveLength(2);
	});

	it('activation after Cegid lost a subscription re-creates only that one', async () => {
		const hooked = await trigger({ events: ['vacancy_new', 'vacancy_status', 'applicant_update'] });
		await hooked.activate();
		const before = await cegid.control.cegidWebhooks();
		const lost = before.find((hook) => hook.event === 'vacancy_status')!;
		await cegid.control.cegidLoseWebhook(lost.hookId);
		await hooked.activate();
		const after = await cegid.control.cegidWebhooks();
		expect(after.map((hook) => hook.event).sort()).toEqual(['applicant_update', 'vacancy_new', 'vacancy_status']);
		expect(after.filter((hook) => hook.event !== 'vacancy_status')).toEqual(before.filter((hook) => hook.event !== 'vacancy_status'));
		expect(after.find((hook) => hook.event === 'vacancy_status')!.hookId).not.toBe(lost.hookId);
		expect((hooked.staticData.hooks as Record<string, string>).vacancy_status).toBe(after.find((hook) => hook.event === 'vacancy_status')!.hookId);
	});

	it('a workflow re-activated at a new URL moves its subscriptions instead of adding to them', async () => {
		const first = await trigger({ events: ['vacancy_new', 'applicant_new'] });
		await first.activate();
		const moved = await trigger({ events: ['vacancy_new'] }, first.staticData);
		await moved.activate();
		const hooks = await cegid.control.cegidWebhooks();
		expect(hooks.map((hook) => [hook.event, hook.callbackUrl])).toEqual([['vacancy_new', moved.urls.default]]);
	});
});

describe('Cegid Recruiting Trigger activation whose answer is lost', () => {
	const WEBHOOKS_PATH = '/api/system/v1/webhooks';
	/** Cegid saves the next subscription, then the connection is reset before its answer (with the hook id) arrives. */
	const loseNextCreationAnswer = async () => await cegid.control.fault({ provider: 'cegid', method: 'POST', pathContains: WEBHOOKS_PATH, afterHandling: 'reset', count: 1 });
	const creations = async () => (await cegid.control.requests('cegid')).filter((request) => request.method === 'POST' && request.path === WEBHOOKS_PATH);

	it('adopts the subscription Cegid saved, found in the listing, instead of making a second one', async () => {
		const hooked = await trigger({ events: ['vacancy_new', 'applicant_new'] });
		await loseNextCreationAnswer();
		await hooked.activate();
		const hooks = await cegid.control.cegidWebhooks();
		expect(hooks.map((hook) => hook.event).sort()).toEqual(['applicant_new', 'vacancy_new']);
		expect(hooked.staticData.hooks).toEqual(Object.fromEntries(hooks.map((hook) => [hook.event, hook.hookId])));
		expect(await creations()).toHaveLength(2);
		await hooked.activate();
		expect(await cegid.control.cegidWebhooks()).toEqual(hooks);
		await hooked.deactivate();
		expect(await cegid.control.cegidWebhooks()).toEqual([]);
	});

	it('sends the creation once more when the listing shows Cegid never saved it', async () => {
		const hooked = await trigger({ events: ['vacancy_update'] });
		await cegid.control.fault({ provider: 'cegid', method: 'POST', pathContains: WEBHOOKS_PATH, drop: true, count: 1 });
		await hooked.activate();
		const hooks = await cegid.control.cegidWebhooks();
		expect(hooks.map((hook) => hook.event)).toEqual(['vacancy_update']);
		expect(hooked.staticData.hooks).toEqual({ vacancy_update: hooks[0].hookId });
	});

	it('where the site has no listing (404), activation stops with an error naming the subscription, and makes no second one', async () => {
		const hooked = await trigger({ events: ['vacancy_status'] });
		await cegid.control.fault({ provider: 'cegid', method: 'GET', pathContains: WEBHOOKS_PATH, status: 404, count: 100 });
		await loseNextCreationAnswer();
		await expect(hooked.activate()).rejects.toThrow('Cegid’s answer to subscribing "vacancy_status" was lost, and this Cegid site cannot list its subscriptions'.replace('’', "'"));
		expect(await creations()).toHaveLength(1);
		// The one Cegid saved is what the error tells the user to have removed; n8n's clean-up (delete) cannot see it.
		expect((await cegid.control.cegidWebhooks()).map((hook) => [hook.event, hook.callbackUrl])).toEqual([['vacancy_status', hooked.urls.default]]);
		expect(hooked.staticData.hooks).toBeUndefined();
	});

	it('a creation Cegid refuses outright (4xx) fails activation at once and is not sent again', async () => {
		const hooked = await trigger({ events: ['vacancy_new'] });
		await cegid.control.fault({ provider: 'cegid', method: 'POST', pathContains: WEBHOOKS_PATH, status: 403, count: 1 });
		await cegid.control.clearRequests();
		await expect(hooked.activate()).rejects.toThrow(/403/);
		expect(await creations()).toHaveLength(1);
		expect(await cegid.control.cegidWebhooks()).toEqual([]);
	});
});

describe('Cegid Recruiting Trigger deliveries', () => {
	it('a signed delivery starts the workflow with one item per event of the batch', async () => {
		const hooked = await trigger({ events: ['vacancy_update', 'vacancy_status', 'applicant_update'] });
		await hooked.activate();
		const [first, second] = (await cegid.control.cegidVacancies()).map((vacancy) => vacancy.reference);
		const applicant = (await cegid.control.cegidCandidates())[0].id;
		const { deliveries, events } = await cegid.control.cegidChanges({
			changes: [
				{ event: 'vacancy_update', reference: first },
				{ event: 'vacancy_status', reference: second, status: '_TS_CO_OfferStatus_Suspendue' },
				{ event: 'applicant_update', applicantId: applicant },
			],
		});
		expect(deliveries.map((delivery) => [delivery.status, delivery.events.length])).toEqual([[200, 3]]);
		// The answer n8n gives for this webhook description and webhook() result (the harness follows n8n 2.8's rules).
		expect(JSON.parse(deliveries[0].answer!)).toEqual({ received: true });
		await hooked.waitForExecutions(1);
		expect(hooked.executions).toHaveLength(1);
		expect(hooked.executions[0].map((item) => item.json)).toEqual(events);
		expect(hooked.executions[0][1].json).toEqual({ event_type: 'vacancy_status', reference: second, statusId: '_TS_CO_OfferStatus_Suspendue' });
	});

	it('accepts signatures whose "+" arrived unencoded (a space once parsed), as Cegid sends them', async () => {
		const hooked = await trigger({ events: ['vacancy_new'] });
		await hooked.activate();
		const signatures: string[] = [];
		while (!signatures.some((signature) => signature.includes('+')) && signatures.length < 60) {
			const { deliveries } = await cegid.control.cegidChanges({ changes: [{ event: 'vacancy_new' }] });
			expect(deliveries.map((delivery) => delivery.status)).toEqual([200]);
			signatures.push(deliveries[0].signature!);
		}
		expect(signatures.some((signature) => signature.includes('+'))).toBe(true);
		await hooked.waitForExecutions(signatures.length);
		expect(hooked.deliveries.every((delivery) => delivery.status === 200 && delivery.startedExecution)).toBe(true);
	});

	it.each([
		['forged', 'the signature does not match'],
		['unsigned', 'the call is not signed'],
		['expired', 'the signature has expired'],
		['tampered', 'the body does not match its Content-MD5'],
	] as const)('a %s delivery gets 401 (%s) and starts nothing', async (signing, reason) => {
		const hooked = await trigger({ events: ['vacancy_new'] });
		await hooked.activate();
		const { deliveries } = await cegid.control.cegidChanges({ changes: [{ event: 'vacancy_new' }], signing });
		expect(deliveries.map((delivery) => delivery.status)).toEqual([401]);
		expect(JSON.parse(deliveries[0].answer!)).toEqual({ error: 'Unauthorized', reason });
		expect(hooked.deliveries).toEqual([{ webhookName: 'default', status: 401, startedExecution: false }]);
		expect(hooked.executions).toEqual([]);
	});

	it('the same signed delivery replayed while its signature is valid is acknowledged and starts nothing', async () => {
		const hooked = await trigger({ events: ['vacancy_new'] });
		await hooked.activate();
		const { deliveries, events } = await cegid.control.cegidChanges({ changes: [{ event: 'vacancy_new' }], replay: true });
		expect(deliveries.map((delivery) => [delivery.copy, delivery.status])).toEqual([[1, 200], [2, 200]]);
		expect(deliveries[0].signature).toBe(deliveries[1].signature);
		expect(JSON.parse(deliveries[0].answer!)).toEqual({ received: true });
		expect(JSON.parse(deliveries[1].answer!)).toEqual({ received: true, started: false, reason: 'already received' });
		await hooked.waitForExecutions(1);
		expect(hooked.deliveries.map((delivery) => delivery.startedExecution)).toEqual([true, false]);
		expect(hooked.executions.map((run) => run.map((item) => item.json))).toEqual([events]);
	});

	it('five copies of one signed delivery arriving at the same moment start the workflow once', async () => {
		const hooked = await trigger({ events: ['vacancy_new'] });
		await hooked.activate();
		const { deliveries } = await cegid.control.cegidChanges({ changes: [{ event: 'vacancy_new' }], copies: 5 });
		expect(deliveries.map((delivery) => delivery.status)).toEqual([200, 200, 200, 200, 200]);
		expect(deliveries.filter((delivery) => JSON.parse(delivery.answer!).started === false)).toHaveLength(4);
		await hooked.waitForExecutions(1);
		expect(hooked.executions).toHaveLength(1);
	});

	it('two genuine deliveries with the same body (Cegid events carry no id) both run: each is signed anew', async () => {
		const hooked = await trigger({ events: ['vacancy_update'] });
		await hooked.activate();
		const reference = (await cegid.control.cegidVacancies())[1].reference;
		const first = await cegid.control.cegidChanges({ changes: [{ event: 'vacancy_update', reference }] });
		const second = await cegid.control.cegidChanges({ changes: [{ event: 'vacancy_update', reference }] });
		expect(first.events).toEqual(second.events);
		expect([...first.deliveries, ...second.deliveries].map((delivery) => delivery.status)).toEqual([200, 200]);
		await hooked.waitForExecutions(2);
		expect(hooked.executions).toHaveLength(2);
	});

	it('a call without Cegid’s query and headers gets 401', async () => {
		const hooked = await trigger({ events: ['vacancy_new'] });
		const response = await fetch(hooked.urls.default, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ event_type: 'vacancy_new', reference: 'X' }),
		});
		expect(response.status).toBe(401);
		expect(hooked.deliveries).toEqual([{ webhookName: 'default', status: 401, startedExecution: false }]);
		expect(hooked.executions).toEqual([]);
	});

	it('events the trigger did not select are answered 200 and start nothing', async () => {
		const hooked = await trigger({ events: ['vacancy_new'] });
		await hooked.activate();
		const manual = await cegid.run({ resource: 'webhook', operation: 'create', event: 'applicant_new', callbackUrl: hooked.urls.default, pingUrl: hooked.urls.setup });
		expect(manual.error).toBeUndefined();
		const { deliveries } = await cegid.control.cegidChanges({ changes: [{ event: 'applicant_new' }] });
		expect(deliveries.map((delivery) => delivery.status)).toEqual([200]);
		expect(JSON.parse(deliveries[0].answer!)).toEqual({ status: 'ignored', reason: 'no subscribed event in this delivery' });
		expect(hooked.deliveries).toEqual([{ webhookName: 'default', status: 200, startedExecution: false }]);
		expect(hooked.executions).toEqual([]);
	});

	it('pings answer 200 and start nothing', async () => {
		const hooked = await trigger({ events: ['vacancy_new', 'applicant_new'] });
		await hooked.activate();
		const pings = await cegid.control.cegidPing();
		expect(pings.map((ping) => ping.status)).toEqual([200, 200]);
		const get = await fetch(hooked.urls.setup);
		expect(get.status).toBe(200);
		expect(await get.json()).toEqual({ status: 'ok' });
		expect(hooked.deliveries.every((delivery) => delivery.webhookName === 'setup' && !delivery.startedExecution)).toBe(true);
		expect(hooked.executions).toEqual([]);
	});

	it('Fetch Full Record adds the exported vacancy and candidate (with its resume) in two export calls', async () => {
		const hooked = await trigger({ events: ['vacancy_update', 'applicant_resume_update'], fetchFullRecord: true, attachments: 'resume' });
		await hooked.activate();
		const reference = (await cegid.control.cegidVacancies())[3].reference;
		const applicant = (await cegid.control.cegidCandidates())[2].id;
		await cegid.control.clearRequests();
		const { events } = await cegid.control.cegidChanges({
			changes: [
				{ event: 'vacancy_update', reference },
				{ event: 'applicant_resume_update', applicantId: applicant },
			],
		});
		await hooked.waitForExecutions(1);
		const [vacancyItem, applicantItem] = hooked.executions[0];
		expect((vacancyItem.json.vacancy as { reference: string }).reference).toBe(reference);
		expect((applicantItem.json.candidate as { candidateDetail: { id: string } }).candidateDetail.id).toBe(applicant);
		const resume = (await cegid.control.cegidCandidates()).find((candidate) => candidate.id === applicant)!.attachments.find((attachment) => attachment.isResume)!;
		expect(resume.id).toBe(events[1].fileId);
		expect(applicantItem.binary?.attachment_0?.fileName).toBe(resume.filename);
		const exports = (await cegid.control.requests('cegid')).filter((request) => request.path.startsWith('/api/exports/'));
		expect(exports.map((request) => request.path)).toEqual(['/api/exports/v1/vacancies', '/api/exports/v1/candidates']);
	});
});

describe('Cegid Recruiting Trigger with Fetch Full Record answers before it exports', () => {
	const EXPORT_LATENCY_MS = 3000;
	const slowVacancyExport = async () =>
		await cegid.control.fault({ provider: 'cegid', method: 'GET', pathContains: '/api/exports/v1/vacancies', latencyMs: EXPORT_LATENCY_MS, count: 1 });

	it('Cegid gets its 200 while the export is still slow, and the run carries the full record', async () => {
		const hooked = await trigger({ events: ['vacancy_update'], fetchFullRecord: true });
		await hooked.activate();
		const reference = (await cegid.control.cegidVacancies())[2].reference;
		await slowVacancyExport();
		const sent = Date.now();
		const { deliveries } = await cegid.control.cegidChanges({ changes: [{ event: 'vacancy_update', reference }] });
		expect(Date.now() - sent).toBeLessThan(EXPORT_LATENCY_MS / 2);
		expect(deliveries.map((delivery) => [delivery.status, JSON.parse(delivery.answer!)])).toEqual([[200, { received: true }]]);
		expect(hooked.executions).toEqual([]);
		await hooked.waitForExecutions(1, EXPORT_LATENCY_MS + 5000);
		expect(hooked.executions[0].map((item) => (item.json.vacancy as { reference: string }).reference)).toEqual([reference]);
	});

	it('copies arriving during the slow export are recognised at once: one run', async () => {
		const hooked = await trigger({ events: ['vacancy_update'], fetchFullRecord: true });
		await hooked.activate();
		const reference = (await cegid.control.cegidVacancies())[4].reference;
		await slowVacancyExport();
		const { deliveries } = await cegid.control.cegidChanges({ changes: [{ event: 'vacancy_update', reference }], copies: 3, replay: true });
		expect(deliveries.map((delivery) => delivery.status)).toEqual([200, 200, 200, 200]);
		expect(deliveries.filter((delivery) => JSON.parse(delivery.answer!).started === false)).toHaveLength(3);
		await hooked.waitForExecutions(1, EXPORT_LATENCY_MS + 5000);
		await hooked.close();
		expect(hooked.executions).toHaveLength(1);
	});

	it('an export refused after the answer still starts the run, each event noting fullRecordError', async () => {
		const hooked = await trigger({ events: ['vacancy_update'], fetchFullRecord: true });
		await hooked.activate();
		const reference = (await cegid.control.cegidVacancies())[5].reference;
		await cegid.control.fault({ provider: 'cegid', method: 'GET', pathContains: '/api/exports/v1/vacancies', status: 403, count: 10 });
		const { deliveries, events } = await cegid.control.cegidChanges({ changes: [{ event: 'vacancy_update', reference }] });
		expect(deliveries.map((delivery) => delivery.status)).toEqual([200]);
		await hooked.waitForExecutions(1);
		const [item] = hooked.executions[0];
		expect(item.json).toMatchObject({ ...events[0], vacancy: null, fullRecordError: expect.stringContaining('403') });
	});
});

describe('Cegid Recruiting Trigger refusals are visible to the owner', () => {
	let logged: ReturnType<typeof recordWarnings>;
	beforeEach(() => (logged = recordWarnings()));
	afterEach(() => logged.stop());

	it('in production, a forged delivery gets 401, starts nothing, and n8n’s log names the reason (no secret, no signature)', async () => {
		const hooked = await trigger({ events: ['vacancy_new'] });
		await hooked.activate();
		const { deliveries } = await cegid.control.cegidChanges({ changes: [{ event: 'vacancy_new' }], signing: 'forged' });
		expect(deliveries.map((delivery) => delivery.status)).toEqual([401]);
		expect(hooked.executions).toEqual([]);
		expect(logged.warnings).toHaveLength(1);
		expect(logged.warnings[0].message).toMatch(/^"Cegid Recruiting Trigger" in workflow [\w-]+ refused a delivery \(401\): the signature does not match$/);
		expect(logged.warnings[0].metadata).toMatchObject({ reason: 'the signature does not match', status: 401, testEvent: false });
		const text = JSON.stringify(logged.warnings);
		expect(text).not.toContain(CLIENT_SECRET);
		expect(text).not.toContain(deliveries[0].signature!);
	});

	it('listening for a test event, a refused delivery still gets 401 and shows one item saying why, with the headers that arrived', async () => {
		const listening = await trigger({ events: ['vacancy_new'] }, undefined, 'test');
		await listening.activate();
		expect((await cegid.control.cegidWebhooks()).map((hook) => hook.callbackUrl)).toEqual([listening.urls.default]);
		expect(listening.urls.default).toContain('/webhook-test/');
		const { deliveries } = await cegid.control.cegidChanges({ changes: [{ event: 'vacancy_new' }], signing: 'expired' });
		expect(deliveries.map((delivery) => [delivery.status, JSON.parse(delivery.answer!)])).toEqual([[401, { error: 'Unauthorized', reason: 'the signature has expired' }]]);
		await listening.waitForExecutions(1);
		expect(listening.executions[0]).toHaveLength(1);
		const diagnostic = listening.executions[0][0].json;
		expect(diagnostic).toMatchObject({
			refused: true,
			status: 401,
			reason: 'the signature has expired',
			receivedHeaders: { 'content-type': expect.stringContaining('application/json'), 'x-ts-rec-expires': expect.stringMatching(/^\d+$/) },
			receivedQuery: { client_id: '[hidden]', signature: '[hidden]' },
		});
		expect(JSON.stringify(diagnostic)).not.toContain(deliveries[0].signature!);
		expect(JSON.stringify(diagnostic)).not.toContain(CLIENT_SECRET);
		expect(logged.warnings.map((warning) => warning.metadata.testEvent)).toEqual([true]);
	});

	it('listening for a test event, a genuine delivery (signed for the test URL) starts the test run with its events', async () => {
		const listening = await trigger({ events: ['vacancy_new'] }, undefined, 'test');
		await listening.activate();
		const { deliveries, events } = await cegid.control.cegidChanges({ changes: [{ event: 'vacancy_new' }] });
		expect(deliveries.map((delivery) => delivery.status)).toEqual([200]);
		await listening.waitForExecutions(1);
		expect(listening.executions[0].map((item) => item.json)).toEqual(events);
		expect(logged.warnings).toEqual([]);
	});
});

describe('Cegid Recruiting Trigger with events beyond the dropdown', () => {
	it('subscribes the events typed in Other Events and starts the workflow on their deliveries', async () => {
		const hooked = await trigger({ events: ['vacancy_new'], otherEvents: 'applicant_status, vacancy_published ,applicant_status' });
		await hooked.activate();
		expect((await cegid.control.cegidWebhooks()).map((hook) => hook.event).sort()).toEqual(['applicant_status', 'vacancy_new', 'vacancy_published']);
		const applicantId = (await cegid.control.cegidCandidates())[0].id;
		const { deliveries, events } = await cegid.control.cegidChanges({ changes: [{ event: 'applicant_status', applicantId }, { event: 'vacancy_new' }] });
		expect(deliveries.map((delivery) => delivery.status)).toEqual([200]);
		await hooked.waitForExecutions(1);
		expect(hooked.executions[0].map((item) => item.json)).toEqual(events);
		expect(hooked.executions[0][0].json).toEqual({ event_type: 'applicant_status', applicantId });
		await hooked.deactivate();
		expect(await cegid.control.cegidWebhooks()).toEqual([]);
	});

	it('refuses to activate with a name that cannot be an event, and subscribes nothing', async () => {
		const hooked = await trigger({ events: ['vacancy_new'], otherEvents: 'applicant_status, Vacancy-Published' });
		await expect(hooked.activate()).rejects.toThrow('Other Events: "Vacancy-Published" is not an event name');
		expect(await cegid.control.cegidWebhooks()).toEqual([]);
	});

	it('refuses to activate with no event at all', async () => {
		const hooked = await trigger({ events: [], otherEvents: ' , ' });
		await expect(hooked.activate()).rejects.toThrow('Choose at least one event in Events, or type one in Other Events');
	});
});
