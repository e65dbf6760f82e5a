import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { INode, JsonObject } from 'n8n-workflow';

import { decodeBytes } from './transport/bodyText';
import { describeNetworkFailure, type AttemptSummary } from './transport/networkFailure';
import { MAX_DEPTH, NESTED_TOO_DEEPLY, redact, redactString } from './transport/redact';
import type { ProviderConfig, RequestFailure } from './transport/types';

const GENERIC_HINTS: Record<number, string> = {
	400: 'Check the fields named above against the provider’s rules and correct them.',
	401: 'Check the credential: the key or password may be wrong, revoked or expired.',
	403: 'The credential is valid but not allowed to do this; ask the provider to grant the permission.',
	404: 'Check the ID: the record does not exist or is not visible to this credential.',
	405: 'The endpoint does not accept this method; check the path and method of the call.',
	408: 'The provider timed out; run the node again.',
	409: 'The record conflicts with one that already exists.',
	413: 'The request or file is too large for the provider.',
	422: 'A mandatory field is missing or invalid.',
	429: 'Too many requests: lower the rate limit in the credential or spread the work over time.',
	500: 'The provider failed to process the request; try again later.',
	502: 'The provider’s gateway failed; try again later.',
	503: 'The provider is unavailable or in maintenance; try again later.',
	504: 'The provider’s gateway timed out; try again later.',
};

const ENDPOINT_NOT_FOUND_HINT = 'The endpoint was not found: check the Base URL in the credential.';

/**
 * The provider's own explanation out of an error body: DRF-style `{detail}` or `{field: [messages]}`,
 * `{message}`, `{error, error_description}`, `{errors: [...]}`, or plain text.
 */
export function explainErrorBody(raw: unknown): string {
	return explainAt(raw, 0);
}

/** Structure deeper than MAX_DEPTH is not explained (a hostile body could overflow the stack). */
function explainAt(raw: unknown, depth: number): string {
	const body = decodeBytes(raw);
	if (body === undefined || body === null || body === '') return '';
	if (typeof body === 'string') return body.trim().slice(0, 500);
	if (typeof body === 'object' && depth >= MAX_DEPTH) return NESTED_TOO_DEEPLY;
	const explain = (value: unknown) => explainAt(value, depth + 1);
	if (Array.isArray(body)) return body.map(explain).filter(Boolean).join('; ');
	if (typeof body !== 'object') return String(body);
	const record = body as Record<string, unknown>;
	for (const key of ['detail', 'message', 'error_description', 'title', 'error']) {
		const value = record[key];
		if (typeof value === 'string' && value.trim() !== '') return value.trim();
	}
	if (record.errors !== undefined) return explain(record.errors);
	if (record.error && typeof record.error === 'object') return explain(record.error);
	return Object.entries(record)
		.map(([field, value]) => `${field}: ${explain(value)}`)
		.join('; ');
}

export interface ApiErrorContext {
	itemIndex?: number;
	secrets: string[];
	/** What we were doing, e.g. "GET /job/", for the description. */
	requestLabel: string;
	/**
	 * Whether the endpoint's path has parameters (an ID). A 404 without one means the path was not found, not the
	 * record; undefined (a custom call's path) keeps the usual hint.
	 */
	pathHasParameters?: boolean;
	/** How the last attempt went: used to say a timeout's length and that a lost write may have been saved. */
	attempt?: AttemptSummary;
}

/** A failed request as a NodeApiError: the provider's words, the status, and what to do about it. */
export function apiErrorFromFailure(
	node: INode,
	provider: ProviderConfig,
	failure: RequestFailure,
	context: ApiErrorContext,
): NodeApiError {
	const safe = (text: string) => redactString(text, context.secrets);
	if (failure.kind === 'network') {
		const text = describeNetworkFailure(provider, failure, context.requestLabel, context.attempt);
		// n8n replaces the message of an error whose `code` it knows (ECONNABORTED: "The connection was aborted"), which hides a timeout.
		const cause: JsonObject = failure.timedOut ? { timedOut: true, networkCode: failure.code } : { code: failure.code };
		return new NodeApiError(node, cause, {
			message: safe(text.message),
			description: safe(text.description),
			itemIndex: context.itemIndex,
		});
	}
	if (failure.statusCode >= 300 && failure.statusCode < 400 && !failure.fromTokenRequest) {
		return new NodeApiError(node, { httpCode: String(failure.statusCode) } as JsonObject, {
			message: safe(redirectMessage(provider.displayName, failure.statusCode, failure.redirectOrigin)),
			description: safe(
				`Request: ${context.requestLabel}. A Base URL that redirects (e.g. http:// to https://, or an old host name) must be replaced by the address it redirects to.`,
			),
			httpCode: String(failure.statusCode),
			itemIndex: context.itemIndex,
		});
	}
	// Redacted before it is explained: the explanation is cut to length, which could cut a secret in half.
	const body = redact(failure.body, context.secrets);
	const explanation = explainErrorBody(body);
	if (failure.fromTokenRequest) {
		// The token request's own message already names the provider, its explanation and what to check.
		return new NodeApiError(node, { httpCode: String(failure.statusCode) } as JsonObject, {
			message: safe(explanation),
			description: safe(`The credential got no token, so ${context.requestLabel} was not sent.`),
			httpCode: String(failure.statusCode),
			itemIndex: context.itemIndex,
		});
	}
	const hint =
		failure.statusCode === 404 && context.pathHasParameters === false
			? (provider.endpointNotFoundHint ?? ENDPOINT_NOT_FOUND_HINT)
			: (provider.errorHints[failure.statusCode] ?? GENERIC_HINTS[failure.statusCode] ?? '');
	const message = explanation
		? `${provider.displayName} rejected the request (${failure.statusCode}): ${explanation}`
		: `${provider.displayName} rejected the request (${failure.statusCode})`;
	return new NodeApiError(
		node,
		{ httpCode: String(failure.statusCode), body } as JsonObject,
		{
			message: safe(message),
			description: safe([hint, `Request: ${context.requestLabel}.`].filter(Boolean).join(' ')),
			httpCode: String(failure.statusCode),
			itemIndex: context.itemIndex,
		},
	);
}

/**
 * A redirect is never followed (n8n would send the credential wherever it points): the message names the
 * origin it pointed to, never its path or query.
 */
export function redirectMessage(provider: string, statusCode: number, origin: string | undefined): string {
	const target = origin ? `a redirect to ${origin}` : 'a redirect';
	return `${provider} answered ${statusCode} with ${target} — not followed, so the credential is only ever sent to the Base URL; check the Base URL in the credential`;
}

const ERROR_TEXT_FIELDS = ['message', 'description', 'stack'] as const;
const ERROR_DATA_FIELDS = ['context', 'cause', 'errorResponse', 'messages', 'extra'] as const;

/**
 * Removes every secret from an error in place, in every field n8n shows or stores: message, description,
 * stack, context (with the body), cause, the original error response and the list of messages. Errors from
 * n8n's own helpers carry the request (and so the credential) in their cause; it is kept as plain data.
 */
export function redactError<E extends Error>(error: E, secrets: string[]): E {
	const fields = error as unknown as Record<string, unknown>;
	for (const field of ERROR_TEXT_FIELDS) {
		if (typeof fields[field] === 'string') fields[field] = redactString(fields[field] as string, secrets);
	}
	for (const field of ERROR_DATA_FIELDS) {
		const value = fields[field];
		if (value === undefined || value === null) continue;
		fields[field] = value instanceof Error ? redact(plainError(value), secrets) : redact(value, secrets);
	}
	return error;
}

function plainError(error: Error): Record<string, unknown> {
	const plain: Record<string, unknown> = { name: error.name, message: error.message };
	for (const [key, value] of Object.entries(error)) {
		if (['config', 'request', 'response', 'options'].includes(key)) continue;
		plain[key] = value;
	}
	return plain;
}

/** Bad input from the user: names the field, the item and the fix. */
export function inputError(node: INode, itemIndex: number, field: string, problem: string, fix?: string): NodeOperationError {
	return new NodeOperationError(node, `Invalid "${field}" in item ${itemIndex}: ${problem}`, {
		itemIndex,
		description: fix,
	});
}
