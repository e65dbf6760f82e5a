import type { IDataObject, INodeExecutionData, IWebhookDescription, IWebhookResponseData } from 'n8n-workflow';

/**
 * A webhook whose answer to a delivery that starts a run is the `webhookResponse` webhook() returns.
 *
 * With `responseMode: 'onReceived'`, n8n answers such a delivery with the description's `responseData` whenever it
 * is non-empty, and only otherwise with `webhookResponse`. Left out, `responseData` is read with the default
 * 'firstEntryJson' (meant for 'lastNode'), so n8n (2.8 at least) answers with the literal text "firstEntryJson".
 * An empty string counts as set, so n8n takes it instead of that default, and as empty, so the answer is
 * `webhookResponse`.
 */
export function answeredByNode(webhook: Pick<IWebhookDescription, 'name' | 'httpMethod' | 'path'>): IWebhookDescription {
	return { ...webhook, responseMode: 'onReceived', responseData: '' };
}

/** The answer (200) to a delivery that was accepted and started a run. */
export const ACCEPTED_ANSWER: IDataObject = { received: true };

/** Starts a run with one item per entry and answers the delivery with ACCEPTED_ANSWER. */
export function acceptDelivery(items: INodeExecutionData[]): IWebhookResponseData {
	return { workflowData: [items], webhookResponse: ACCEPTED_ANSWER };
}
