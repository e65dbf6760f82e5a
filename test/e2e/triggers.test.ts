/**
 * The webhook triggers as n8n runs them: what activation and deactivation do at the provider, which deliveries
 * n8n accepts (and starts an execution for), and which it refuses. Jobtrain's poll trigger is covered by
 * examples.test.ts.
 */
import { randomUUID } from 'node:crypto';

import type { CegidSigning } from '../../sandbox/client';
import { DEMO_NHSJOB_WEBHOOK_SECRET } from '../../scripts/demo/credentials';
import { productionWebhookUrl } from '../../scripts/demo/provision';
import type { ExecutionSummary, WorkflowSummary } from '../../scripts/n8n/api';
import { nodeType } from '../../scripts/packages/nodeTypes';
import { e2eContext } from './support/context';
import { type CpuLoad, startCpuLoad } from './support/cpuLoad';
import { ExecutionWatch, outputOf } from './support/executions';

const context = e2eContext();
const { api, control } = context;

beforeAll(async () => {
	// Logged in, activate() and deactivate() return once n8n has started or stopped the triggers (newer n8n does it later).
	await context.ownerApi();
});

const WEBHOOK_EXECUTION_MS = 30_000;
/**
 * How often the repeat scenarios run, back to back, while two busy loops load the CPU (n8n 2.8.4 once started a
 * second run for a retried delivery in 2 of 4 runs under load). E2E_DEDUPE_ROUNDS lowers it for quick runs.
 */
const DEDUPE_ROUNDS = Array.from({ length: Number(process.env.E2E_DEDUPE_ROUNDS ?? 20) }, (_, index) => index + 1);
/** Bounds the busy loops should the test run die without stopping them. */
const CPU_LOAD_MAX_MS = 15 * 60_000;
const CEGID_TRIGGER = nodeType('cegidRecruitingTrigger');
const NHSJOB_TRIGGER = nodeType('nhsJobTrigger');

function credential(name: string): { id: string; name: string } {
	const id = context.provisioned.credentialIds[name];
	if (!id) throw new Error(`The demo has no credential "${name}"`);
	return { id, name };
}

/** A workflow holding one trigger (and a No Op after it), made through the public API for these tests. */
async function triggerWorkflow(name: string, trigger: Record<string, unknown>): Promise<WorkflowSummary> {
	return await api.createWorkflow({
		name,
		nodes: [
			{ id: randomUUID(), name: 'Trigger', typeVersion: 1, position: [0, 0], webhookId: randomUUID(), ...trigger },
			{ id: randomUUID(), name: 'Received', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [240, 0], parameters: {} },
		],
		connections: { Trigger: { main: [[{ node: 'Received', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	});
}

async function removeWorkflow(workflow: WorkflowSummary | undefined): Promise<void> {
	if (!workflow) return;
	if ((await api.workflow(workflow.id)).active) await api.deactivate(workflow.id);
	await api.deleteWorkflow(workflow.id);
}

/** The production webhook URL of a workflow's trigger node, from the webhook id n8n stored. */
async function triggerUrl(workflowId: string, type: string): Promise<string> {
	const node = (await api.workflow(workflowId)).nodes.find((candidate) => candidate.type === type);
	if (!node?.webhookId) throw new Error(`Workflow ${workflowId} has no ${type} with a webhook id`);
	return productionWebhookUrl(context.n8nUrl, node);
}

async function cegidHooksFor(callbackUrl: string) {
	return (await control.cegidWebhooks()).filter((hook) => hook.callbackUrl === callbackUrl);
}

describe(`Cegid Recruiting Trigger in n8n ${context.n8nVersion}`, () => {
	const example = context.example('cegid-vacancy-to-jobcase.json');
	let url: string;

	beforeAll(async () => {
		url = await triggerUrl(example.id, CEGID_TRIGGER);
	});

	afterAll(async () => {
		// Later test files rely on the example being active and subscribed.
		if (!(await api.workflow(example.id)).active) await api.activate(example.id);
	});

	const references = (execution: ExecutionSummary) => outputOf(execution, 'When a Vacancy Is Created in Cegid').map((event) => event.reference);

	/** Waits for the execution of a delivery that must run; answers the references of every execution since `executions` started. */
	async function referencesRunUntil(executions: ExecutionWatch, reference: string): Promise<unknown[][]> {
		const ran = await executions.waitUntil(`the execution for vacancy ${reference}`, (execution) => references(execution).includes(reference), WEBHOOK_EXECUTION_MS);
		return ran.map(references);
	}

	/** Delivers a new vacancy signed as asked; answers its reference and what n8n answered. */
	async function deliverVacancy(signing: CegidSigning): Promise<{ reference: string; status: number | undefined; answer?: string }> {
		const { events, deliveries } = await control.cegidChanges({ changes: [{ event: 'vacancy_new' }], signing });
		const ours = deliveries.filter((delivery) => delivery.callbackUrl === url);
		expect(ours.length).toBeLessThanOrEqual(1);
		return { reference: events[0].reference, status: ours[0]?.status, answer: ours[0]?.answer };
	}

	/** Delivers a new vacancy, validly signed, `copies` times at once and then `replay`ed; answers its reference and the statuses. */
	async function deliverVacancyRepeatedly(copies: number, replay: boolean): Promise<{ reference: string; statuses: number[] }> {
		const { events, deliveries } = await control.cegidChanges({ changes: [{ event: 'vacancy_new' }], signing: 'valid', copies, replay });
		return { reference: events[0].reference, statuses: deliveries.filter((delivery) => delivery.callbackUrl === url).map((delivery) => delivery.status) };
	}

	describe('while two busy loops keep the CPU busy', () => {
		let load: CpuLoad | undefined;
		beforeAll(() => {
			load = startCpuLoad(2, CPU_LOAD_MAX_MS);
		});
		afterAll(async () => {
			await load?.stop();
		});

		it.each(DEDUPE_ROUNDS)('round %i: five copies of a delivery sent at once, then replayed, start the workflow once', async () => {
			const executions = await ExecutionWatch.start(api, context.logFile, example.id, 'the Cegid example');
			const repeated = await deliverVacancyRepeatedly(5, true);
			expect(repeated.statuses).toEqual([200, 200, 200, 200, 200, 200]);
			const barrier = await deliverVacancy('valid');
			expect(barrier.status).toBe(200);
			expect(await referencesRunUntil(executions, barrier.reference)).toEqual([[repeated.reference], [barrier.reference]]);
		});
	});

	it('was subscribed by activation once per event, with its production webhook URL', async () => {
		expect(url).toBe(example.webhookUrls['When a Vacancy Is Created in Cegid']);
		expect(url).toMatch(new RegExp(`^${context.n8nUrl}/webhook/[0-9a-f-]{36}/events$`));
		expect(await cegidHooksFor(url)).toEqual([expect.objectContaining({ event: 'vacancy_new', callbackUrl: url, pingUrl: url.replace(/\/events$/, '/ping') })]);
	});

	it('runs the workflow for a signed delivery, as an execution the public API lists', async () => {
		const executions = await ExecutionWatch.start(api, context.logFile, example.id, 'the Cegid example');
		const delivered = await deliverVacancy('valid');
		expect(delivered.status).toBe(200);
		const execution = await executions.waitForOne(WEBHOOK_EXECUTION_MS);
		expect(execution).toEqual(expect.objectContaining({ workflowId: example.id, mode: 'webhook', status: 'success', finished: true }));
		expect(outputOf(execution, 'When a Vacancy Is Created in Cegid')).toEqual([{ event_type: 'vacancy_new', reference: delivered.reference }]);
	});

	it.each<[CegidSigning, RegExp]>([
		['forged', /signature does not match/],
		['expired', /expired/],
		['unsigned', /not signed/],
		['tampered', /Content-MD5/],
	])('refuses a delivery that is %s with 401 and starts nothing', async (signing, reason) => {
		const executions = await ExecutionWatch.start(api, context.logFile, example.id, 'the Cegid example');
		const refused = await deliverVacancy(signing);
		expect(refused.status).toBe(401);
		expect(refused.answer).toMatch(reason);

		// A signed delivery afterwards runs: it is the only execution since, so the refused one started none.
		const accepted = await deliverVacancy('valid');
		expect(await referencesRunUntil(executions, accepted.reference)).toEqual([[accepted.reference]]);
	});

	it('removes its subscription when the workflow is deactivated, and subscribes exactly once when it is activated again', async () => {
		const executions = await ExecutionWatch.start(api, context.logFile, example.id, 'the Cegid example');
		await api.deactivate(example.id);
		expect(await cegidHooksFor(url)).toEqual([]);
		// Cegid has nobody to deliver to now.
		expect((await deliverVacancy('valid')).status).toBeUndefined();

		await api.activate(example.id);
		expect((await cegidHooksFor(url)).map((hook) => hook.event)).toEqual(['vacancy_new']);

		const delivered = await deliverVacancy('valid');
		expect(delivered.status).toBe(200);
		expect(await referencesRunUntil(executions, delivered.reference)).toEqual([[delivered.reference]]);
	});

	describe('with several events', () => {
		// Events the example does not use, so its deliveries and these stay apart.
		const events = ['applicant_new', 'applicant_update', 'vacancy_status'];
		let workflow: WorkflowSummary | undefined;
		let multiUrl: string;

		beforeAll(async () => {
			workflow = await triggerWorkflow(`e2e Cegid trigger ${randomUUID()}`, {
				type: CEGID_TRIGGER,
				parameters: { events },
				credentials: { cegidRecruitingApi: credential('Cegid Recruiting (sandbox)') },
			});
			multiUrl = await triggerUrl(workflow.id, CEGID_TRIGGER);
		});

		afterAll(async () => {
			await removeWorkflow(workflow);
		});

		it('subscribes one hook per selected event on activation, none before', async () => {
			expect(await cegidHooksFor(multiUrl)).toEqual([]);
			await api.activate(workflow!.id);
			const hooks = await cegidHooksFor(multiUrl);
			expect(hooks.map((hook) => hook.event).sort()).toEqual([...events].sort());
			expect(new Set(hooks.map((hook) => hook.hookId)).size).toBe(events.length);
		});

		it('starts one execution per delivery, with one item per event of the batch', async () => {
			const executions = await ExecutionWatch.start(api, context.logFile, workflow!.id, 'the several-event Cegid trigger');
			const [vacancy] = await control.cegidVacancies();
			const { events: sent, deliveries } = await control.cegidChanges({
				changes: [{ event: 'applicant_new' }, { event: 'vacancy_status', reference: vacancy.reference, status: 'Published' }],
				signing: 'valid',
			});
			expect(deliveries.filter((delivery) => delivery.callbackUrl === multiUrl).map((delivery) => delivery.status)).toEqual([200]);
			const execution = await executions.waitForOne(WEBHOOK_EXECUTION_MS);
			expect(outputOf(execution, 'Trigger')).toEqual(sent);
			expect(outputOf(execution, 'Received')).toEqual(sent);
		});

		it('deactivation removes every hook; activating again makes exactly one per event, not more', async () => {
			await api.deactivate(workflow!.id);
			expect(await cegidHooksFor(multiUrl)).toEqual([]);
			await api.activate(workflow!.id);
			const hooks = await cegidHooksFor(multiUrl);
			expect(hooks.map((hook) => hook.event).sort()).toEqual([...events].sort());
		});
	});
});

describe(`NHSJob Trigger in n8n ${context.n8nVersion}`, () => {
	const example = context.example('nhsjob-new-jobs-to-jobcase.json');
	const triggerName = 'When a Job Is Posted on NHSJob';
	let url: string;
	let webhookId: string;

	beforeAll(async () => {
		url = await triggerUrl(example.id, NHSJOB_TRIGGER);
		const registered = (await control.nhsjobWebhooks()).filter((webhook) => webhook.url === url);
		expect(registered).toHaveLength(1);
		webhookId = registered[0].id;
	});

	afterAll(async () => {
		if (!(await api.workflow(example.id)).active) await api.activate(example.id);
	});

	/** A job.created event for a job of a specialty the example filters out (nothing is posted to Jobcase). */
	function jobEvent(): { id: string } & Record<string, unknown> {
		const id = `job_e2e_${randomUUID().slice(0, 8)}`;
		return { id, title: `Physiotherapist (${id})`, description: 'Test listing.', location: 'York', specialty: 'Physiotherapy', salary_range: '£1 - £2', contract_type: 'Permanent', status: 'open' };
	}

	const jobIds = (execution: ExecutionSummary) => outputOf(execution, triggerName).map((event) => (event.data as { id: string }).id);

	/** Waits for the execution of a delivery that must run; answers the job ids of every execution since `executions` started. */
	async function jobIdsRunUntil(executions: ExecutionWatch, jobId: unknown): Promise<string[][]> {
		const ran = await executions.waitUntil(`the execution for job ${String(jobId)}`, (execution) => jobIds(execution).includes(String(jobId)), WEBHOOK_EXECUTION_MS);
		return ran.map(jobIds);
	}

	async function emit(variant: 'signed' | 'forged' | 'unsigned' | 'stale', data = jobEvent(), repeat: 'none' | 'replay' | 'retry' = 'none', copies = 1) {
		const { deliveries } = await control.nhsjobEmitEvent({ type: 'job.created', data, variant, repeat, webhookId, copies });
		return { data, deliveries };
	}

	it('runs the workflow for a signed delivery', async () => {
		const executions = await ExecutionWatch.start(api, context.logFile, example.id, 'the NHSJob example');
		const { data, deliveries } = await emit('signed');
		expect(deliveries.map((delivery) => delivery.status)).toEqual([200]);
		const execution = await executions.waitForOne(WEBHOOK_EXECUTION_MS);
		expect(execution).toEqual(expect.objectContaining({ workflowId: example.id, mode: 'webhook', status: 'success' }));
		expect(outputOf(execution, triggerName)).toEqual([expect.objectContaining({ type: 'job.created', data })]);
	});

	it.each<['forged' | 'unsigned', RegExp]>([
		['forged', /signature does not match/i],
		['unsigned', /X-NHSJob-Signature header is missing/i],
	])('refuses a delivery that is %s with 401 and starts nothing', async (variant, reason) => {
		const executions = await ExecutionWatch.start(api, context.logFile, example.id, 'the NHSJob example');
		const refused = await emit(variant);
		expect(refused.deliveries).toEqual([expect.objectContaining({ status: 401, response: expect.stringMatching(reason) })]);

		// A signed delivery afterwards runs: it is the only execution since, so the refused one started none.
		const accepted = await emit('signed');
		expect(await jobIdsRunUntil(executions, accepted.data.id)).toEqual([[accepted.data.id]]);
	});

	it('refuses, by default, a delivery whose signed body dates its event two days back', async () => {
		const executions = await ExecutionWatch.start(api, context.logFile, example.id, 'the NHSJob example');
		const { deliveries } = await control.nhsjobEmitEvent({ type: 'job.created', data: jobEvent(), variant: 'stale', staleSeconds: 2 * 86_400, webhookId });
		expect(deliveries).toEqual([expect.objectContaining({ status: 401, response: expect.stringMatching(/older than the maximum event age/) })]);
		const accepted = await emit('signed');
		expect(await jobIdsRunUntil(executions, accepted.data.id)).toEqual([[accepted.data.id]]);
	});

	describe('while two busy loops keep the CPU busy', () => {
		let load: CpuLoad | undefined;
		beforeAll(() => {
			load = startCpuLoad(2, CPU_LOAD_MAX_MS);
		});
		afterAll(async () => {
			await load?.stop();
		});

		it.each(DEDUPE_ROUNDS)('round %i: starts the workflow once for a delivery NHSJob sends twice (replayed or retried) or five times at once', async () => {
			const executions = await ExecutionWatch.start(api, context.logFile, example.id, 'the NHSJob example');
			const replayed = await emit('signed', jobEvent(), 'replay');
			expect(replayed.deliveries.map((delivery) => delivery.status)).toEqual([200, 200]);
			const retried = await emit('signed', jobEvent(), 'retry');
			expect(retried.deliveries.map((delivery) => delivery.status)).toEqual([200, 200]);
			const simultaneous = await emit('signed', jobEvent(), 'none', 5);
			expect(simultaneous.deliveries.map((delivery) => delivery.status)).toEqual([200, 200, 200, 200, 200]);
			const barrier = await emit('signed');

			expect(await jobIdsRunUntil(executions, barrier.data.id)).toEqual([[replayed.data.id], [retried.data.id], [simultaneous.data.id], [barrier.data.id]]);
		});
	});

	it('answers 404 and starts nothing while the workflow is inactive; runs again once reactivated', async () => {
		const executions = await ExecutionWatch.start(api, context.logFile, example.id, 'the NHSJob example');
		await api.deactivate(example.id);
		const whileInactive = await emit('signed');
		expect(whileInactive.deliveries.map((delivery) => delivery.status)).toEqual([404]);

		await api.activate(example.id);
		const afterwards = await emit('signed');
		expect(afterwards.deliveries.map((delivery) => delivery.status)).toEqual([200]);
		expect(await jobIdsRunUntil(executions, afterwards.data.id)).toEqual([[afterwards.data.id]]);
	});

	describe('with the delivery timestamp checked', () => {
		// The example leaves Timestamp Header empty (NHSJob does not publish one); the sandbox sends X-NHSJob-Timestamp.
		let workflow: WorkflowSummary | undefined;
		let timedWebhookId: string;

		beforeAll(async () => {
			workflow = await triggerWorkflow(`e2e NHSJob trigger ${randomUUID()}`, {
				type: NHSJOB_TRIGGER,
				parameters: { events: ['job.closed'], signature: { timestampHeader: 'X-NHSJob-Timestamp', replayWindowSeconds: 300 } },
				credentials: { nhsJobWebhookApi: credential('NHSJob webhook secret (sandbox)') },
			});
			await api.activate(workflow.id);
			// Only job.closed, which no other test sends, so this registration stays out of their way.
			const registered = await control.nhsjobAddWebhook({ url: await triggerUrl(workflow.id, NHSJOB_TRIGGER), events: ['job.closed'], secret: DEMO_NHSJOB_WEBHOOK_SECRET });
			timedWebhookId = registered.id;
		});

		afterAll(async () => {
			await removeWorkflow(workflow);
		});

		it.each<[string, number]>([
			['ten minutes old', 600],
			['ten minutes ahead', -600],
		])('refuses a delivery signed %s with 401 and starts nothing', async (_label, staleSeconds) => {
			const executions = await ExecutionWatch.start(api, context.logFile, workflow!.id, 'the timestamp-checking NHSJob trigger');
			const closed = { ...jobEvent(), status: 'closed' };
			const stale = await control.nhsjobEmitEvent({ type: 'job.closed', data: closed, variant: 'stale', staleSeconds, webhookId: timedWebhookId });
			expect(stale.deliveries).toEqual([expect.objectContaining({ status: 401 })]);

			const fresh = { ...jobEvent(), status: 'closed' };
			const signed = await control.nhsjobEmitEvent({ type: 'job.closed', data: fresh, webhookId: timedWebhookId });
			expect(signed.deliveries.map((delivery) => delivery.status)).toEqual([200]);
			const ran = await executions.waitUntil('the execution of the fresh delivery', (execution) => outputOf(execution, 'Trigger').some((event) => (event.data as { id: string }).id === fresh.id), WEBHOOK_EXECUTION_MS);
			expect(ran.map((execution) => outputOf(execution, 'Trigger'))).toEqual([[expect.objectContaining({ type: 'job.closed', data: fresh })]]);
		});
	});
});
