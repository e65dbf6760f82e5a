import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { redact } from './transport/redact';

/** Header names whose values may prove or carry a credential: their values are never shown. */
const SECRET_HEADER = /signature|sig$|hmac|auth|token|secret|key|cookie|password/i;
const HIDDEN = '[hidden]';

export interface Refusal {
	/** HTTP status the sender gets: 401 for a delivery that is not proven to come from the provider. */
	status: number;
	/** Why, in words that name no secret, signature or expected signature. */
	reason: string;
	/** The answer's body, as the trigger has always sent it. */
	body: IDataObject;
	/** Header names (any case) that carry this provider's signature, hidden besides the usual suspects. */
	signatureHeaders?: string[];
	/** Values that must never appear in what is shown (the secret): masked wherever they occur. */
	secrets: string[];
}

/**
 * Refuses a delivery, starting nothing in production, and makes the refusal visible to the workflow's owner:
 *
 * - always, a warning in n8n's log naming the workflow, the node and the reason;
 * - when the editor is listening for a test event (mode 'manual'), one diagnostic item
 *   `{refused: true, status, reason, receivedHeaders, receivedQuery?}` for the test run. n8n stops listening after the first call
 *   to a test URL whatever the node does, so without that item a refused test event would leave the owner with
 *   nothing to see. The sender gets the same refusal in both modes.
 *
 * Header and query values that could carry a signature or a credential are hidden (their names stay, since a sender that
 * signs under another header name is what the owner needs to spot), and the secret is masked wherever it occurs.
 */
export function refuseDelivery(context: IWebhookFunctions, refusal: Refusal): IWebhookResponseData {
	const response = context.getResponseObject();
	response.statusCode = refusal.status;
	response.setHeader('Content-Type', 'application/json');
	response.end(JSON.stringify(refusal.body));

	const node = context.getNode();
	const workflow = context.getWorkflow();
	const testEvent = context.getMode() === 'manual';
	context.logger.warn(`"${node.name}" in workflow ${workflow.id ?? ''} refused a delivery (${refusal.status}): ${refusal.reason}`, {
		workflowId: workflow.id,
		nodeName: node.name,
		status: refusal.status,
		reason: refusal.reason,
		testEvent,
	});
	if (!testEvent) return { noWebhookResponse: true };

	const query = visibleValues((context.getQueryData() ?? {}) as Record<string, unknown>, refusal);
	const diagnostic: IDataObject = {
		refused: true,
		status: refusal.status,
		reason: refusal.reason,
		receivedHeaders: visibleValues(context.getHeaderData() as Record<string, unknown>, refusal),
		...(Object.keys(query).length > 0 && { receivedQuery: query }),
	};
	return { noWebhookResponse: true, workflowData: [[{ json: diagnostic }]] };
}

/**
 * Received headers (or query parameters) with the values that could prove or carry a credential hidden (a
 * signature, a key, a token), and the secret masked wherever else it occurs.
 */
export function visibleValues(received: Record<string, unknown>, refusal: Pick<Refusal, 'signatureHeaders' | 'secrets'>): IDataObject {
	const signatureHeaders = new Set((refusal.signatureHeaders ?? []).map((name) => name.toLowerCase()));
	const shown: IDataObject = {};
	for (const [name, value] of Object.entries(received)) {
		if (value === undefined) continue;
		const key = name.toLowerCase();
		shown[key] = signatureHeaders.has(key) || SECRET_HEADER.test(key) ? HIDDEN : asText(value);
	}
	return redact(shown, refusal.secrets.filter((secret) => secret !== ''));
}

function asText(value: unknown): string {
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) return value.map(asText).join(', ');
	return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
