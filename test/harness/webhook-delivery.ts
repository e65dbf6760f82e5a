import type { IncomingMessage, ServerResponse } from 'node:http';
import { WebhookContext } from 'n8n-core';
import type { INodeExecutionData, IWebhookResponseData } from 'n8n-workflow';
import { Node } from 'n8n-workflow';

import type { TriggerWorkflow } from './trigger-workflow';
import type { HarnessWebhook } from './webhook-descriptions';
import { toWebhookData } from './webhook-descriptions';
import type { WebhookRequest } from './webhook-request';
import { BodyParseError, readRawBody, toWebhookRequest } from './webhook-request';
import type { WebhookResponse } from './webhook-response';
import { toWebhookResponse } from './webhook-response';
import { findWebhookRoute } from './webhook-router';

export interface WebhookDelivery {
	/** The webhook description's name ('default', 'ping', ...); '' when no webhook matched. */
	webhookName: string;
	/** The HTTP status the request was answered with. */
	status: number;
	startedExecution: boolean;
	/** What webhook() threw, if it did. */
	error?: Error;
}

export interface DeliveryRecorder {
	/** Called before the harness writes its own answer, so the record exists when the client sees the response. */
	recordDelivery(delivery: WebhookDelivery): void;
	startExecution(workflowData: INodeExecutionData[][]): void;
}

/** Serves one request to the harness webhook server the way n8n's live webhook handler does. */
export async function handleDelivery(
	trigger: TriggerWorkflow,
	webhooks: HarnessWebhook[],
	recorder: DeliveryRecorder,
	message: IncomingMessage,
	serverResponse: ServerResponse,
): Promise<void> {
	const response = toWebhookResponse(serverResponse);
	const rawBody = await readRawBody(message);
	const method = message.method ?? 'GET';
	const pathname = (message.url ?? '/').split('?')[0];
	const prefix = `${new URL(trigger.webhookBaseUrl).pathname}/`;
	const route = pathname.startsWith(prefix)
		? findWebhookRoute(webhooks, method, pathname.slice(prefix.length))
		: undefined;
	const answer = (webhookName: string, status: number, body: unknown, error?: Error) => {
		recorder.recordDelivery({ webhookName, status, startedExecution: false, ...(error && { error }) });
		response.status(status).send(body);
	};
	if (!route) {
		answer('', 404, { code: 404, message: `The requested webhook "${method} ${pathname}" is not registered.` });
		return;
	}

	const webhookName = route.webhook.name;
	let request: WebhookRequest;
	try {
		request = toWebhookRequest(message, rawBody, route.params);
	} catch (error) {
		if (!(error instanceof BodyParseError)) throw error;
		answer(webhookName, 422, { code: 422, message: error.message }, error);
		return;
	}

	let result: IWebhookResponseData;
	try {
		result = await invokeWebhook(trigger, route.webhook, request, response);
	} catch (thrown) {
		const error = thrown instanceof Error ? thrown : new Error(String(thrown));
		if (response.headersSent) {
			recorder.recordDelivery({ webhookName, status: response.statusCode, startedExecution: false, error });
			if (!response.writableEnded) response.end();
		} else {
			answer(webhookName, 500, { code: 500, message: error.message }, error);
		}
		return;
	}

	const startedExecution = (result.workflowData?.length ?? 0) > 0;
	if (startedExecution) recorder.startExecution(result.workflowData as INodeExecutionData[][]);
	if (result.noWebhookResponse === true || response.writableEnded) {
		// The node answered itself. n8n would leave an unfinished answer open; ending it keeps tests from hanging.
		if (!response.writableEnded) response.end();
		recorder.recordDelivery({ webhookName, status: response.statusCode, startedExecution });
		return;
	}
	const reply = n8nAnswer(trigger, route.webhook, result);
	if ('unsupported' in reply) {
		const error = new Error(reply.unsupported);
		recorder.recordDelivery({ webhookName, status: 500, startedExecution, error });
		response.status(500).send({ code: 500, message: reply.unsupported });
		return;
	}
	recorder.recordDelivery({ webhookName, status: reply.status, startedExecution });
	// As n8n's WebhookRequestHandler.sendStaticResponse: strings with res.send (text/html), anything else with res.json.
	response.status(reply.status);
	if (typeof reply.body === 'string') response.send(reply.body);
	else response.json(reply.body);
}

/**
 * What n8n 2.8's WebhookHelpers.executeWebhook answers when the node did not answer itself. Without workflowData:
 * `webhookResponse`, else {message: 'Webhook call received'}. With responseMode 'onReceived': the description's
 * `responseData` (evaluated with the default 'firstEntryJson', so a description without it is answered with that
 * literal text) if non-empty, no body for 'noData', else `webhookResponse`, else {message: 'Workflow was started'}.
 * The status is the description's responseCode, 200 by default. Other response modes wait for the run; the harness
 * does not emulate them.
 */
function n8nAnswer(
	trigger: TriggerWorkflow,
	webhook: HarnessWebhook,
	result: IWebhookResponseData,
): { status: number; body: unknown } | { unsupported: string } {
	const { workflow, node } = trigger;
	const { description } = webhook;
	const status = Number(workflow.expression.getSimpleParameterValue(node, description.responseCode, 'webhook', {}, undefined, 200));
	if (result.workflowData === undefined) return { status, body: result.webhookResponse ?? { message: 'Webhook call received' } };
	const responseMode = workflow.expression.getSimpleParameterValue(node, description.responseMode, 'webhook', {}, undefined, 'onReceived');
	if (responseMode !== 'onReceived') {
		return { unsupported: `The harness answers only responseMode 'onReceived' itself, not '${String(responseMode)}'` };
	}
	const responseData = workflow.expression.getComplexParameterValue(node, description.responseData, 'webhook', {}, undefined, 'firstEntryJson');
	if (responseData === 'noData') return { status, body: undefined };
	if (responseData) return { status, body: responseData };
	return { status, body: result.webhookResponse ?? { message: 'Workflow was started' } };
}

// As n8n's WebhookService.runWebhook: a fresh WebhookContext whose request and response are this HTTP exchange.
async function invokeWebhook(
	trigger: TriggerWorkflow,
	webhook: HarnessWebhook,
	request: WebhookRequest,
	response: WebhookResponse,
): Promise<IWebhookResponseData> {
	const { nodeType } = trigger;
	if (!nodeType.webhook) throw new Error(`Node type "${trigger.node.type}" has no webhook() method`);
	// n8n's TestWebhooks runs a test event's webhook function in mode 'manual'.
	const mode = trigger.isTest ? 'manual' : 'webhook';
	const additionalData = trigger.additionalData(mode, { httpRequest: request, httpResponse: response });
	const webhookData = toWebhookData(webhook, trigger, additionalData);
	const context = new WebhookContext(trigger.workflow, trigger.node, additionalData, mode, webhookData, [], null);
	return nodeType instanceof Node ? await nodeType.webhook(context) : await nodeType.webhook.call(context);
}
