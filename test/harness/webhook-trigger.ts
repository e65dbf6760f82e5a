import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { CountWaiter } from './count-waiter';
import { startLocalHttpServer } from './http-server';
import type { TriggerOptions } from './trigger-options';
import type { TriggerWorkflow } from './trigger-workflow';
import { createTriggerWorkflow } from './trigger-workflow';
import type { DeliveryRecorder, WebhookDelivery } from './webhook-delivery';
import { handleDelivery } from './webhook-delivery';
import { resolveWebhooks } from './webhook-descriptions';
import { executeFromWebhook } from './webhook-execution';
import { activateWebhooks, deactivateWebhooks } from './webhook-hooks';

const DEFAULT_WAIT_MS = 5000;

export interface WebhookTrigger {
	/** Production URL per webhook name the node declares: http://127.0.0.1:PORT/webhook/<webhookId>/<path>. */
	urls: Record<string, string>;
	/** The node's static data (getWorkflowStaticData('node')), live; kept from activate through deactivate. */
	staticData: IDataObject;
	/** Like n8n activating the workflow: per webhook with webhookMethods, checkExists, then create if it is false. */
	activate(): Promise<void>;
	/** Like n8n deactivating the workflow: delete, per webhook with webhookMethods. */
	deactivate(): Promise<void>;
	/** One entry per request the server answered, in order. */
	deliveries: WebhookDelivery[];
	/** The trigger's output items in each workflow run a delivery started, in order of completion. */
	executions: INodeExecutionData[][];
	/** Rejects with the run's error if a started execution failed. */
	waitForExecutions(count: number, timeoutMs?: number): Promise<void>;
	waitForDeliveries(count: number, timeoutMs?: number): Promise<void>;
	/** Stops the server and waits for started executions. Does not deactivate, as stopping n8n does not. */
	close(): Promise<void>;
}

type RequestHandler = (message: IncomingMessage, response: ServerResponse) => Promise<void>;

/** Serves the trigger's production webhooks on a real local HTTP server, through n8n-core's contexts and engine. */
export async function startWebhookTrigger(options: TriggerOptions): Promise<WebhookTrigger> {
	// The server comes first: webhook URLs, which the workflow's context hands to the node, need its port.
	let handleRequest: RequestHandler | undefined;
	const server = await startLocalHttpServer(async (message, response) => {
		if (!handleRequest) throw new Error('The webhook trigger is not ready yet');
		await handleRequest(message, response);
	});
	let trigger: TriggerWorkflow;
	try {
		trigger = await createTriggerWorkflow(options, options.staticData ?? {}, server.url);
		if (!trigger.nodeType.webhook) throw new Error(`Node type "${options.nodeType}" has no webhook() method`);
	} catch (error) {
		await server.close();
		throw error;
	}

	const deliveries: WebhookDelivery[] = [];
	const executions: INodeExecutionData[][] = [];
	const deliveryWaiter = new CountWaiter('webhook deliveries', () => deliveries.length);
	const executionWaiter = new CountWaiter('executions', () => executions.length);
	const runningExecutions = new Set<Promise<void>>();
	const recorder: DeliveryRecorder = {
		recordDelivery: (delivery) => {
			deliveries.push(delivery);
			deliveryWaiter.notify();
		},
		startExecution: (workflowData) => {
			const running = executeFromWebhook(trigger, workflowData).then(
				(items) => {
					executions.push(items);
					executionWaiter.notify();
				},
				(error: Error) => executionWaiter.fail(error),
			);
			runningExecutions.add(running);
			void running.finally(() => runningExecutions.delete(running));
		},
	};
	const webhooks = resolveWebhooks(trigger);
	handleRequest = async (message, response) => await handleDelivery(trigger, webhooks, recorder, message, response);

	let closing: Promise<void> | undefined;
	const close = async () => {
		await server.close();
		await Promise.allSettled([...runningExecutions]);
		deliveryWaiter.cancel('the webhook trigger was closed');
		executionWaiter.cancel('the webhook trigger was closed');
	};

	return {
		urls: Object.fromEntries(webhooks.map(({ name, url }) => [name, url])),
		staticData: trigger.nodeStaticData,
		activate: async () => await activateWebhooks(trigger, webhooks),
		deactivate: async () => await deactivateWebhooks(trigger, webhooks),
		deliveries,
		executions,
		waitForExecutions: async (count, timeoutMs = DEFAULT_WAIT_MS) => await executionWaiter.waitFor(count, timeoutMs),
		waitForDeliveries: async (count, timeoutMs = DEFAULT_WAIT_MS) => await deliveryWaiter.waitFor(count, timeoutMs),
		close: async () => {
			closing ??= close();
			await closing;
		},
	};
}
