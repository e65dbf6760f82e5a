import { readFileSync } from 'node:fs';

import type { ExecutionSummary, N8nApi } from '../../../scripts/n8n/api';
import { e2eContext } from '../../e2e/support/context';
import type { E2eContext, E2eContextEnvironment } from '../../e2e/support/context';
import { eventually } from '../../e2e/support/wait';

/** What `npm run test:queue` (scripts/queue.ts) hands the suite: the e2e context (n8n = the main) plus the queue's processes. */
export interface QueueContextEnvironment extends E2eContextEnvironment {
	/** The webhook processor's base URL (n8n's WEBHOOK_URL). */
	QUEUE_WEBHOOK_URL: string;
	QUEUE_WEBHOOK_LOG: string;
	/** A second webhook processor (same settings, another port): the same production webhooks answer there. */
	QUEUE_SECOND_WEBHOOK_URL: string;
	QUEUE_SECOND_WEBHOOK_LOG: string;
	/** JSON: each worker's log file, worker 1 first. */
	QUEUE_WORKER_LOGS: string;
}

export interface QueueContext extends E2eContext {
	readonly webhookUrl: string;
	readonly webhookLog: string;
	readonly secondWebhookUrl: string;
	readonly secondWebhookLog: string;
	readonly workerLogs: readonly string[];
	/** Which worker (1, 2, …) logged "Worker started execution <id>"; waits for the log line, fails if none or several did. */
	workerOf(executionId: string, timeoutMs?: number): Promise<number>;
	/** Every execution id each worker logged having started, by worker number (index 0 = worker 1). */
	executionsByWorker(): string[][];
	/** Starts a workflow's manual run through the REST API as the editor does; with offloading on, a worker runs it. */
	runManually(workflowId: string): Promise<string>;
	/** Waits until an execution has ended and answers it with its data. */
	ended(executionId: string, timeoutMs: number): Promise<ExecutionSummary>;
}

const STARTED = /Worker started execution (\d+)/g;

export function queueContext(): QueueContext {
	const base = e2eContext();
	const environment = process.env as Partial<QueueContextEnvironment>;
	if (!environment.QUEUE_WORKER_LOGS) throw new Error('The queue-mode suite runs against n8n started by `npm run test:queue`; run that instead of jest directly.');
	const workerLogs = JSON.parse(environment.QUEUE_WORKER_LOGS) as string[];
	const executionsByWorker = () =>
		workerLogs.map((log) => {
			let text = '';
			try {
				text = readFileSync(log, 'utf8');
			} catch {
				// Not written yet.
			}
			return [...text.matchAll(STARTED)].map((match) => match[1]);
		});
	const api: N8nApi = base.api;
	return {
		...base,
		webhookUrl: environment.QUEUE_WEBHOOK_URL!,
		webhookLog: environment.QUEUE_WEBHOOK_LOG!,
		secondWebhookUrl: environment.QUEUE_SECOND_WEBHOOK_URL!,
		secondWebhookLog: environment.QUEUE_SECOND_WEBHOOK_LOG!,
		workerLogs,
		executionsByWorker,
		async workerOf(executionId, timeoutMs = 15_000) {
			return await eventually(
				`a worker's log to say it started execution ${executionId}`,
				async () => {
					const workers = executionsByWorker()
						.map((ids, index) => (ids.includes(executionId) ? index + 1 : 0))
						.filter((worker) => worker > 0);
					if (workers.length > 1) throw new Error(`Execution ${executionId} was started by workers ${workers.join(' and ')}`);
					return workers[0];
				},
				{ timeoutMs, intervalMs: 300 },
				() => JSON.stringify(executionsByWorker()),
			);
		},
		async runManually(workflowId) {
			const owner = await base.ownerApi();
			const workflowData = await owner.rest<{ nodes: Array<{ name: string; type: string }> } & Record<string, unknown>>('GET', `/rest/workflows/${workflowId}`);
			const trigger = workflowData.nodes.find((node) => node.type === 'n8n-nodes-base.manualTrigger');
			if (!trigger) throw new Error(`Workflow ${workflowId} has no Manual Trigger`);
			const started = await owner.rest<{ executionId?: string; waitingForWebhook?: boolean }>('POST', `/rest/workflows/${workflowId}/run`, {
				workflowData,
				triggerToStartFrom: { name: trigger.name },
			});
			if (!started.executionId) throw new Error(`n8n did not start a run of workflow ${workflowId}: ${JSON.stringify(started)}`);
			return String(started.executionId);
		},
		async ended(executionId, timeoutMs) {
			return await eventually(
				`execution ${executionId} to end`,
				async () => {
					const execution = await api.publicApi<ExecutionSummary>('GET', `/executions/${executionId}?includeData=true`);
					return ['success', 'error', 'crashed', 'canceled'].includes(execution.status) ? execution : undefined;
				},
				{ timeoutMs, intervalMs: 500, logFile: base.logFile },
			);
		},
	};
}
