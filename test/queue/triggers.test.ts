/**
 * The webhook triggers in queue mode: the main subscribes on activation (with the webhook processor's URL), the
 * webhook processor receives and checks deliveries, workers run the executions.
 */
import { randomUUID } from 'node:crypto';

import type { ExecutionSummary } from '../../scripts/n8n/api';
import { queueContext } from './support/context';
import { ExecutionWatch, outputOf } from './support/imports';

const context = queueContext();
const { api, control } = context;
const WEBHOOK_EXECUTION_MS = 60_000;

beforeAll(async () => {
	await context.ownerApi();
});

async function expectOnWorkers(executions: ExecutionSummary[]): Promise<void> {
	for (const execution of executions) expect([1, 2]).toContain(await context.workerOf(execution.id));
}

describe(`Cegid Recruiting Trigger in n8n ${context.n8nVersion} queue mode`, () => {
	const example = context.example('cegid-vacancy-to-jobcase.json');
	const trigger = 'When a Vacancy Is Created in Cegid';
	const url = example.webhookUrls[trigger];
	const references = (execution: ExecutionSummary) => outputOf(execution, trigger).map((event) => event.reference);
	const hooks = async () => (await control.cegidWebhooks()).filter((hook) => hook.callbackUrl === url);

	afterAll(async () => {
		if (!(await api.workflow(example.id)).active) await api.activate(example.id);
	});

	async function deliver(signing: 'valid' | 'forged', replay = false) {
		const { events, deliveries } = await control.cegidChanges({ changes: [{ event: 'vacancy_new' }], signing, replay });
		return { reference: events[0].reference, statuses: deliveries.filter((delivery) => delivery.callbackUrl === url).map((delivery) => delivery.status) };
	}

	async function runUntil(executions: ExecutionWatch, reference: string): Promise<ExecutionSummary[]> {
		return await executions.waitUntil(`the execution for vacancy ${reference}`, (execution) => references(execution).includes(reference), WEBHOOK_EXECUTION_MS);
	}

	it('was subscribed by activation with the webhook processor’s URL', async () => {
		expect(url).toMatch(new RegExp(`^${context.webhookUrl}/webhook/[0-9a-f-]{36}/events$`));
		expect(await hooks()).toEqual([expect.objectContaining({ event: 'vacancy_new', callbackUrl: url })]);
	});

	it('a signed delivery to the webhook processor starts one execution, on a worker', async () => {
		const executions = await ExecutionWatch.start(api, context.logFile, example.id, 'the Cegid example');
		const delivered = await deliver('valid');
		expect(delivered.statuses).toEqual([200]);
		const ran = await runUntil(executions, delivered.reference);
		expect(ran.map(references)).toEqual([[delivered.reference]]);
		expect(ran[0]).toEqual(expect.objectContaining({ mode: 'webhook', status: 'success' }));
		await expectOnWorkers(ran);
	});

	it('a forged delivery gets 401 and starts nothing', async () => {
		const executions = await ExecutionWatch.start(api, context.logFile, example.id, 'the Cegid example');
		expect((await deliver('forged')).statuses).toEqual([401]);
		const barrier = await deliver('valid');
		expect((await runUntil(executions, barrier.reference)).map(references)).toEqual([[barrier.reference]]);
	});

	it('a replay sent after the first delivery was answered starts nothing', async () => {
		const executions = await ExecutionWatch.start(api, context.logFile, example.id, 'the Cegid example');
		const replayed = await deliver('valid', true);
		expect(replayed.statuses).toEqual([200, 200]);
		const barrier = await deliver('valid');
		const ran = await runUntil(executions, barrier.reference);
		expect(ran.map(references)).toEqual([[replayed.reference], [barrier.reference]]);
		await expectOnWorkers(ran);
	});

	it('deactivation removes the subscription; activation subscribes once again', async () => {
		await api.deactivate(example.id);
		expect(await hooks()).toEqual([]);
		await api.activate(example.id);
		expect((await hooks()).map((hook) => hook.event)).toEqual(['vacancy_new']);
	});
});

describe(`NHSJob Trigger in n8n ${context.n8nVersion} queue mode`, () => {
	const example = context.example('nhsjob-new-jobs-to-jobcase.json');
	const trigger = 'When a Job Is Posted on NHSJob';
	const url = example.webhookUrls[trigger];
	let webhookId: string;

	beforeAll(async () => {
		const registered = (await control.nhsjobWebhooks()).filter((webhook) => webhook.url === url);
		expect(registered).toHaveLength(1);
		webhookId = registered[0].id;
	});

	const jobIds = (execution: ExecutionSummary) => outputOf(execution, trigger).map((event) => (event.data as { id: string }).id);

	function jobEvent(): { id: string } & Record<string, unknown> {
		const id = `job_queue_${randomUUID().slice(0, 8)}`;
		return { id, title: `Physiotherapist (${id})`, description: 'Test listing.', location: 'York', specialty: 'Physiotherapy', salary_range: '£1 - £2', contract_type: 'Permanent', status: 'open' };
	}

	async function emit(variant: 'signed' | 'forged', repeat: 'none' | 'replay' | 'retry' = 'none', copies = 1) {
		const data = jobEvent();
		const { deliveries } = await control.nhsjobEmitEvent({ type: 'job.created', data, variant, repeat, webhookId, copies });
		return { id: data.id, statuses: deliveries.map((delivery) => delivery.status) };
	}

	async function runUntil(executions: ExecutionWatch, jobId: string): Promise<ExecutionSummary[]> {
		return await executions.waitUntil(`the execution for job ${jobId}`, (execution) => jobIds(execution).includes(jobId), WEBHOOK_EXECUTION_MS);
	}

	it('is registered with the webhook processor’s URL', () => {
		expect(url).toMatch(new RegExp(`^${context.webhookUrl}/webhook/[0-9a-f-]{36}/webhook$`));
	});

	it('a signed delivery starts one execution, on a worker; a forged one gets 401 and starts nothing', async () => {
		const executions = await ExecutionWatch.start(api, context.logFile, example.id, 'the NHSJob example');
		expect((await emit('forged')).statuses).toEqual([401]);
		const signed = await emit('signed');
		expect(signed.statuses).toEqual([200]);
		const ran = await runUntil(executions, signed.id);
		expect(ran.map(jobIds)).toEqual([[signed.id]]);
		await expectOnWorkers(ran);
	});

	it.each([1, 2, 3])('round %i: a replay, a quick retry and two copies at the same moment each start one execution', async () => {
		const executions = await ExecutionWatch.start(api, context.logFile, example.id, 'the NHSJob example');
		const replayed = await emit('signed', 'replay');
		expect(replayed.statuses).toEqual([200, 200]);
		const retried = await emit('signed', 'retry');
		expect(retried.statuses).toEqual([200, 200]);
		const simultaneous = await emit('signed', 'none', 2);
		expect(simultaneous.statuses).toEqual([200, 200]);
		const barrier = await emit('signed');
		const ran = await runUntil(executions, barrier.id);
		expect(ran.map(jobIds)).toEqual([[replayed.id], [retried.id], [simultaneous.id], [barrier.id]]);
		await expectOnWorkers(ran);
	});
});
