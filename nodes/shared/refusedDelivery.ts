import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { redact } from './transport/redact';

/**
 * The only headers whose values are shown: ones that describe the request and never carry a credential. Any other
 * header (proxies and gateways add credentials under names of their own: `cf-access-jwt-assertion`,
 * `x-amzn-oidc-data`, …) and every query parameter shows its name only.
 */
const HARMLESS_HEADERS = ['content-type', 'content-length', 'content-encoding', 'user-agent', 'date', 'accept', 'accept-encoding', 'x-ts-rec-expires'];
/** Header names whose values may prove or carry a credential: never shown, even when a trigger lists them. */
const SECRET_HEADER = /signature|sig$|hmac|auth|token|secret|key|cookie|password|jwt|session|principal|oidc|assertion/i;
/** What a shown value may look like: short, printable, no quotes or angle brackets. */
const PLAIN_VALUE = /^[\w .,:;=/+()*-]{0,200}$/;
/** A JWT, or a run of 32 or more base64 or hex characters: a token, whatever header carries it. */
const TOKEN_LIKE = /eyJ[\w-]{2,}\.[\w-]{2,}|[A-Za-z0-9+/_=]{32,}/;
const HIDDEN = '[hidden]';
/** A flood of refusals is logged at most once per this many milliseconds, per workflow and node. */
export const REFUSAL_LOG_INTERVAL_MS = 60_000;
/** Triggers whose refusal log is throttled at once, for all workflows together. */
const MAX_THROTTLED = 10_000;

interface RefusalLog {
	/** When the last line was logged (epoch ms). */
	loggedAt: number;
	/** Refusals since then that were not logged. */
	unlogged: number;
}

/** Workflow and node → their refusal log. Module scope, so that it outlives one webhook call. */
const refusalLogs = new Map<string, RefusalLog>();

export interface Refusal {
	/** HTTP status the sender gets: 401 for a delivery that is not proven to come from the provider. */
	status: number;
	/** Why, in words that name no secret, signature or expected signature. */
	reason: string;
	/** The answer's body, as the trigger has always sent it. */
	body: IDataObject;
	/** Header names (any case) that carry this provider's signature: always hidden. */
	signatureHeaders?: string[];
	/** The trigger's own headers that carry nothing secret (an event ID, a timestamp): shown besides the harmless ones. */
	shownHeaders?: string[];
	/** Values that must never appear in what is shown (the secret): masked wherever they occur. */
	secrets: string[];
}

/**
 * Refuses a delivery, starting nothing in production, and makes the refusal visible to the workflow's owner:
 *
 * - a warning in n8n's log naming the workflow, the node and the reason: the first refusal at once, then at most one
 *   line per REFUSAL_LOG_INTERVAL_MS per workflow and node, saying how many more were refused since the last line and
 *   the latest reason (an unsigned flood must not flood the log);
 * - when the editor is listening for a test event (mode 'manual'), one diagnostic item
 *   `{refused: true, status, reason, receivedHeaders, receivedQuery?}` for the test run. n8n stops listening after the first call
 *   to a test URL whatever the node does, so without that item a refused test event would leave the owner with
 *   nothing to see. The sender gets the same refusal in both modes.
 *
 * Only the values of known harmless headers are shown (content type and length, user agent, date, and the trigger's
 * own non-secret headers), and only when short, plain and not token-like; every other header value and every query
 * value is hidden. Names stay, since a sender that signs under another header name is what the owner needs to spot,
 * and the secret is masked wherever it occurs (names included).
 */
export function refuseDelivery(context: IWebhookFunctions, refusal: Refusal): IWebhookResponseData {
	const response = context.getResponseObject();
	response.statusCode = refusal.status;
	response.setHeader('Content-Type', 'application/json');
	response.end(JSON.stringify(refusal.body));

	const node = context.getNode();
	const workflow = context.getWorkflow();
	const testEvent = context.getMode() === 'manual';
	const unlogged = throttle(`${workflow.id ?? ''}\u0000${node.id ?? node.name}`, Date.now());
	if (unlogged !== undefined) {
		const since = unlogged > 0 ? ` (${unlogged} more refused since the last such line, not logged one by one)` : '';
		context.logger.warn(`"${node.name}" in workflow ${workflow.id ?? ''} refused a delivery (${refusal.status}): ${refusal.reason}${since}`, {
			workflowId: workflow.id,
			nodeName: node.name,
			status: refusal.status,
			reason: refusal.reason,
			testEvent,
			...(unlogged > 0 && { unloggedRefusals: unlogged }),
		});
	}
	if (!testEvent) return { noWebhookResponse: true };

	const query = visibleValues((context.getQueryData() ?? {}) as Record<string, unknown>, { ...refusal, shownHeaders: [] }, false);
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
 * Whether to log a refusal now: undefined while the trigger's last line is recent (the refusal is counted), else the
 * number of refusals not logged since that line.
 */
function throttle(trigger: string, now: number): number | undefined {
	const log = refusalLogs.get(trigger);
	if (log && now - log.loggedAt < REFUSAL_LOG_INTERVAL_MS && now >= log.loggedAt) {
		log.unlogged++;
		return undefined;
	}
	if (!log && refusalLogs.size >= MAX_THROTTLED) {
		for (const [key, entry] of refusalLogs) if (now - entry.loggedAt >= REFUSAL_LOG_INTERVAL_MS) refusalLogs.delete(key);
		for (const key of refusalLogs.keys()) {
			if (refusalLogs.size < MAX_THROTTLED) break;
			refusalLogs.delete(key);
		}
	}
	refusalLogs.set(trigger, { loggedAt: now, unlogged: 0 });
	return log?.unlogged ?? 0;
}

/**
 * Received headers (or, with `headers` false, query parameters) by name, each value hidden unless it belongs to a
 * harmless header and looks plain (see HARMLESS_HEADERS), and the secret masked wherever else it occurs.
 */
export function visibleValues(
	received: Record<string, unknown>,
	refusal: Pick<Refusal, 'signatureHeaders' | 'shownHeaders' | 'secrets'>,
	headers = true,
): IDataObject {
	const signatureHeaders = new Set((refusal.signatureHeaders ?? []).map((name) => name.toLowerCase()));
	const harmless = new Set(headers ? [...HARMLESS_HEADERS, ...(refusal.shownHeaders ?? []).map((name) => name.toLowerCase())] : []);
	const shown: IDataObject = {};
	for (const [name, value] of Object.entries(received)) {
		if (value === undefined) continue;
		const key = name.toLowerCase();
		const text = asText(value);
		const visible = harmless.has(key) && !signatureHeaders.has(key) && !SECRET_HEADER.test(key) && PLAIN_VALUE.test(text) && !TOKEN_LIKE.test(text);
		shown[key] = visible ? text : HIDDEN;
	}
	return redact(shown, refusal.secrets.filter((secret) => secret !== ''));
}

function asText(value: unknown): string {
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) return value.map(asText).join(', ');
	return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
