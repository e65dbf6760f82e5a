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
 */
export async function sendOnce(
	context: RequestContext,
	credentialType: string,
	options: IHttpRequestOptions,
	letN8nRefreshToken = false,
	credentials?: ICredentialsDecrypted,
): Promise<AttemptOutcome> {
	try {
		const response = (await context.helpers.httpRequestWithAuthentication.call(
			context,
			credentialType,
			{ ...options, returnFullResponse: true, ignoreHttpStatusErrors: !letN8nRefreshToken },
			credentials ? { credentialsDecrypted: credentials } : undefined,
		)) as HttpResponse;
		if (response.statusCode >= 200 && response.statusCode < 300) return { ok: true, response };
		return {
			ok: false,
			failure: {
				kind: 'http',
				statusCode: response.statusCode,
				headers: lowerCaseKeys(response.headers ?? {}),
				body: decodeBody(response.body),
			},
		};
	} catch (error) {
		return { ok: false, failure: describeFailure(error) };
	}
}

interface ErrorLike {
	code?: unknown;
	message?: unknown;
	httpCode?: unknown;
	context?: { data?: unknown };
}

/** n8n wraps failures in a NodeApiError whose `httpCode` holds the status, or the network error code. */
function describeFailure(error: unknown): RequestFailure {
	const failure = (error ?? {}) as ErrorLike;
	const code = String(failure.httpCode ?? failure.code ?? 'UNKNOWN');
	const status = Number(code);
	if (isTokenFailure(error)) {
		return { kind: 'http', statusCode: Number.isInteger(status) ? status : 502, headers: {}, body: { message: String(failure.message) }, fromTokenRequest: true };
	}
	if (Number.isInteger(status) && status >= 400) {
		return { kind: 'http', statusCode: status, headers: {}, body: decodeBody(failure.context?.data) };
	}
	const message = String(failure.message ?? 'Request failed');
	return { kind: 'network', code, message, timedOut: isTimeout(code, message) };
}

/**
 * axios reports its own timeout as ECONNABORTED (n8n then rewrites the message to "The connection was
 * aborted"); sockets time out as ETIMEDOUT. Nothing here aborts requests otherwise.
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
