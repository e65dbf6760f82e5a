/**
 * In queue mode every example that runs manually runs on a worker (manual executions are offloaded), and the
 * Jobtrain poll trigger (polled by the main) emits each change once, its executions running on workers.
 */
import { isActivatable, loadExamples } from '../../scripts/demo/examples';
import type { ExecutionSummary } from '../../scripts/n8n/api';
import { ExecutionWatch, nextAnsweredCall, outputOf, outputsOf, summarise } from './support/imports';
import { queueContext } from './support/context';

const context = queueContext();
const { api, control } = context;
/** n8n polls "every minute" at a random second of it: a change waits for the next poll, at most a minute away. */
const NEXT_POLL_MS = 150_000;

const manualExamples = loadExamples()
	.filter((example) => !isActivatable(example) && example.nodes.some((node) => node.type === 'n8n-nodes-base.manualTrigger'))
	.map((example) => example.file);

function expectSucceeded(execution: ExecutionSummary): void {
	expect({ status: execution.status, summary: summarise(execution) }).toEqual({ status: 'success', summary: expect.any(String) });
}

describe(`examples run manually in n8n ${context.n8nVersion} queue mode`, () => {
	it('has at least one example that runs manually', () => {
		expect(manualExamples.length).toBeGreaterThan(0);
	});

	it.each(manualExamples)('%s runs to success on a worker, not on the main', async (file) => {
		const executionId = await context.runManually(context.example(file).id);
		const execution = await context.ended(executionId, 120_000);
		expectSucceeded(execution);
		expect(execution.mode).toBe('manual');
		expect(context.workerLogs).toHaveLength(2);
		expect([1, 2]).toContain(await context.workerOf(executionId));
	});

	it('jobcase-bulk-company-upsert.json upserts the four companies and fails the fifth on a worker', async () => {
		const executionId = await context.runManually(context.example('jobcase-bulk-company-upsert.json').id);
		const execution = await context.ended(executionId, 120_000);
		expectSucceeded(execution);
		const [upserted, failed] = outputsOf(execution, 'Create or Update Company in Jobcase');
		expect(upserted.map((company) => company.partnerCompanyId)).toEqual(['EX-1001', 'EX-1002', 'EX-1003', 'EX-1005']);
		expect(failed).toHaveLength(1);
		expect(String(failed[0].error)).toMatch(/companyState/);
		expect(outputOf(execution, 'Failed').map((company) => company.partnerCompanyId)).toEqual(['EX-1004']);
		await context.workerOf(executionId);
	});
});

describe(`examples/jobtrain-application-match.json (poll trigger) in n8n ${context.n8nVersion} queue mode`, () => {
	const file = 'jobtrain-application-match.json';
	const trigger = 'When Someone Applies in Jobtrain';
	let executions: ExecutionWatch | undefined;
	let first: (ExecutionSummary & { stoppedAt?: string }) | undefined;

	it('emits a new application once, in an execution a worker runs', async () => {
		const example = context.example(file);
		executions = await ExecutionWatch.start(api, context.logFile, example.id, `"${example.name}"`);
		const [change] = await control.jobtrainChanges([{ kind: 'newApplication' }]);
		// Other test files may have made applications just before (binary.test.ts): they come in the same poll or an earlier one.
		const ran = await executions.waitUntil('the poll that finds the new application', (execution) => outputOf(execution, trigger).some((item) => item.applicationId === change.applicationId), NEXT_POLL_MS);
		const emitted = ran.flatMap((execution) => outputOf(execution, trigger).map((item) => item.applicationId));
		expect(emitted.filter((id) => id === change.applicationId)).toHaveLength(1);
		expect(new Set(emitted).size).toBe(emitted.length);
		first = ran[ran.length - 1];
		for (const execution of ran) {
			expectSucceeded(execution);
			expect([1, 2]).toContain(await context.workerOf(execution.id));
		}
		executions = await ExecutionWatch.start(api, context.logFile, example.id, `"${example.name}"`);
	});

	it('emits nothing again at the next poll, then two new applications once, in order, on a worker', async () => {
		if (!executions || !first) throw new Error('The previous test did not get the first application through');
		await nextAnsweredCall(control, 'jobtrain', '/export/applications', first.stoppedAt ?? first.startedAt, NEXT_POLL_MS, context.logFile);
		const made = await control.jobtrainChanges([{ kind: 'newApplication', count: 2 }]);
		const since = await executions.waitFor(1, NEXT_POLL_MS, 'the poll that finds the two new applications');
		// The poll in between started nothing: the only execution since is the one with the two new applications.
		expect(since).toHaveLength(1);
		expectSucceeded(since[0]);
		expect(outputOf(since[0], trigger).map((item) => item.applicationId)).toEqual(made.map((change) => change.applicationId));
		expect([1, 2]).toContain(await context.workerOf(since[0].id));
		// One more poll: still nothing new.
		const second = since[0] as ExecutionSummary & { stoppedAt?: string };
		await nextAnsweredCall(control, 'jobtrain', '/export/applications', second.stoppedAt ?? second.startedAt, NEXT_POLL_MS, context.logFile);
		expect((await executions.ended()).map((execution) => execution.id)).toEqual([second.id]);
	}, 3 * NEXT_POLL_MS + 60_000);
});
