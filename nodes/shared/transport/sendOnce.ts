import type {
	ICredentialsDecrypted,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import { decodeBytes } from './bodyText';
import { withDeadline } from './deadline';
import { isRedirect, redirectOrigin } from './redirect';
import { isTokenFailure } from './tokenRequest';
import type { HttpResponse, RequestFailure } from './types';

export type RequestContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IPollFunctions
	| IHookFunctions
	| IWebhookFunctions;

export type AttemptOutcome = { ok: true; response: HttpResponse } | { ok: false; failure: RequestFailure };

/**
 * Sends one request through n8n's authenticated helper (which applies the credential and proxies)
 * and turns whatever comes back into plain data. HTTP errors are read from the response itself so
 * that their headers (Retry-After) and body survive; the raw error of a failed connection is
 * dropped here, as it carries the request headers and so the credential.
 *
 * With `letN8nRefreshToken`, HTTP errors are left to n8n instead: for credentials with an
 * expirable token, n8n answers a 401 by fetching a new token and sending the request once more.
 * With `credentials`, n8n authenticates with that copy and writes a token it fetches into it.
 * With `limitMs`, the attempt ends after that long whatever the server does (a body sent one byte at a
 * time included: axios' `timeout` only notices an idle socket): the request is aborted and the attempt
 * counts as timed out.
 */
export async function sendOnce(
	context: RequestContext,
	credentialType: string,
	options: IHttpRequestOptions,
	letN8nRefreshToken = false,
	credentials?: ICredentialsDecrypted,
	limitMs?: number,
): Promise<AttemptOutcome> {
	if (limitMs === undefined) return await sendUnbounded(context, credentialType, options, letN8nRefreshToken, credentials);
	const outcome = await withDeadline(
		limitMs,
		async (signal) => await sendUnbounded(withCancelSignal(context, signal), credentialType, { ...options, abortSignal: signal }, letN8nRefreshToken, credentials),
		executionCancelSignal(context),
	);
	if (outcome !== 'expired') return outcome;
	return { ok: false, failure: { kind: 'network', code: 'ETIMEDOUT', message: `no complete answer within ${limitMs} ms`, timedOut: true } };
}

/**
 * One request as n8n sends it. Redirects are never followed: n8n's helper would send the credential's
 * headers (and re-post a token request's secrets on a 307) to wherever the server points. A 3xx comes
 * back as a failure carrying the origin it pointed to, and nothing else of its Location.
 */
async function sendUnbounded(
	context: RequestContext,
	credentialType: string,
	options: IHttpRequestOptions,
	letN8nRefreshToken: boolean,
	credentials?: ICredentialsDecrypted,
): Promise<AttemptOutcome> {
	try {
		const response = (await context.helpers.httpRequestWithAuthentication.call(
			context,
			credentialType,
			{ ...options, disableFollowRedirect: true, returnFullResponse: true, ignoreHttpStatusErrors: !letN8nRefreshToken },
			credentials ? { credentialsDecrypted: credentials } : undefined,
		)) as HttpResponse;
		if (response.statusCode >= 200 && response.statusCode < 300) return { ok: true, response };
		const headers = lowerCaseKeys(response.headers ?? {});
		return {
			ok: false,
			failure: {
				kind: 'http',
				statusCode: response.statusCode,
				headers,
				body: decodeBody(response.body),
				...(isRedirect(response.statusCode) ? { redirectOrigin: redirectOrigin(headers.location, options.url) } : {}),
			},
		};
	} catch (error) {
		return { ok: false, failure: describeFailure(error, options.url) };
	}
}

/** The execution's own cancel signal (n8n 1.x execute contexts may have none). */
function executionCancelSignal(context: RequestContext): AbortSignal | undefined {
	const read = (context as { getExecutionCancelSignal?: () => AbortSignal | undefined }).getExecutionCancelSignal;
	return typeof read === 'function' ? read.call(context) : undefined;
}

/**
 * The context with `signal` as its cancel signal: n8n's authenticated helper replaces a request's
 * `abortSignal` with the execution's cancel signal, so the attempt's deadline is handed over this way
 * (the deadline also fires when the execution is cancelled). Everything else is the context itself.
 */
function withCancelSignal(context: RequestContext, signal: AbortSignal): RequestContext {
	return Object.create(context, { getExecutionCancelSignal: { value: () => signal } }) as RequestContext;
}

interface ErrorLike {
	code?: unknown;
	message?: unknown;
	httpCode?: unknown;
	context?: { data?: unknown; location?: unknown };
}

/** n8n wraps failures in a NodeApiError whose `httpCode` holds the status, or the network error code. */
function describeFailure(error: unknown, requestUrl: string): RequestFailure {
	const failure = (error ?? {}) as ErrorLike;
	const code = String(failure.httpCode ?? failure.code ?? 'UNKNOWN');
	const status = Number(code);
	if (isTokenFailure(error)) {
		return { kind: 'http', statusCode: Number.isInteger(status) ? status : 502, headers: {}, body: { message: String(failure.message) }, fromTokenRequest: true };
	}
	if (Number.isInteger(status) && isRedirect(status)) {
		return { kind: 'http', statusCode: status, headers: {}, body: undefined, redirectOrigin: redirectOrigin(failure.context?.location, requestUrl) };
	}
	if (Number.isInteger(status) && status >= 400) {
		return { kind: 'http', statusCode: status, headers: {}, body: decodeBody(failure.context?.data) };
	}
	const message = String(failure.message ?? 'Request failed');
	return { kind: 'network', code, message, timedOut: isTimeout(code, message) };
}

/**
 * axios reports its own timeout as ECONNABORTED (n8n then rewrites the message to "The connection was
 * aborted"); sockets time out as ETIMEDOUT. An attempt past its deadline is reported by `sendOnce` itself.
 */
function isTimeout(code: string, message: string): boolean {
	return ['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ECONNABORTED'].includes(code) || /timeout|timed out/i.test(message);
}

function lowerCaseKeys(headers: Record<string, unknown>): HttpResponse['headers'] {
	const result: HttpResponse['headers'] = {};
	for (const [key, value] of Object.entries(headers)) {
		result[key.toLowerCase()] = Array.isArray(value) ? value.map(String) : value === undefined ? undefined : String(value);
	}
	return result;
}

/**
 * Error bodies of binary requests arrive as bytes (Buffer, ArrayBuffer, typed arrays, or those
 * serialised to JSON): read them as JSON or text, never as a list of numbers.
 */
function decodeBody(data: unknown): unknown {
	return decodeBytes(data);
}
