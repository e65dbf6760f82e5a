import type { IDataObject, INodeExecutionData, IWebhookDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

/**
 * A webhook that answers its deliveries itself (see acceptDelivery). Left out, `responseData` is read with the
 * default 'firstEntryJson' (meant for 'lastNode'), so n8n 2.8 would answer a started run with the literal text
 * "firstEntryJson"; an empty string counts as set and as empty.
 */
export function answeredByNode(webhook: Pick<IWebhookDescription, 'name' | 'httpMethod' | 'path'>): IWebhookDescription {
	return { ...webhook, responseMode: 'onReceived', responseData: '' };
}

/** The answer (200) to a delivery that was accepted and started a run. */
export const ACCEPTED_ANSWER: IDataObject = { received: true };

/**
 * Answers the delivery with ACCEPTED_ANSWER and starts a run with one item per entry.
 *
 * The node answers through the response object, with `noWebhookResponse`, rather than returning `webhookResponse`:
 * on that path n8n saves the workflow's static data (where triggers remember the events they saw) before the run
 * starts. With `webhookResponse`, n8n 2.41 answers, and saves, only after starting the run, which has by then
 * cleared the "static data changed" mark, so the memory of seen events was lost.
 */
export function acceptDelivery(context: IWebhookFunctions, items: INodeExecutionData[]): IWebhookResponseData {
	answerAccepted(context);
	return startRun(items);
}

/**
 * Answers the delivery with ACCEPTED_ANSWER (200) now, for a node that has more work to do before it can start the
 * run (return `startRun(items)` when done). The sender is not kept waiting, so it does not time out and deliver
 * again; anything the node must remember about the delivery has to be remembered before this call.
 */
export function answerAccepted(context: IWebhookFunctions): void {
	const response = context.getResponseObject();
	response.statusCode = 200;
	response.setHeader('Content-Type', 'application/json');
	response.end(JSON.stringify(ACCEPTED_ANSWER));
}

/** What a webhook function returns to start a run after it answered the delivery itself. */
export function startRun(items: INodeExecutionData[]): IWebhookResponseData {
	return { workflowData: [items], noWebhookResponse: true };
}
