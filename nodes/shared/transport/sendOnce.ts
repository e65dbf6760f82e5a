import type {
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import type { HttpResponse, RequestFailure } from './types';

export type RequestContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IPollFunctions
	| IHookFunctions
	| IWebhookFunctions;

export type AttemptOutcome = { ok: true; response: HttpResponse } | { ok: false; failure: RequestFailure };

/**
 * Sends one request through n8n's authenticated helper (which applies the credential, proxies and,
 * for token credentials, one refresh on a 401) and turns whatever comes back into plain data. The
 * raw error is dropped here: it carries request headers, and so the credential.
 */
export async function sendOnce(
	context: RequestContext,
	credentialType: string,
	options: IHttpRequestOptions,
): Promise<AttemptOutcome> {
	try {
		const response = (await context.helpers.httpRequestWithAuthentication.call(context, credentialType, {
			...options,
			returnFullResponse: true,
		})) as HttpResponse;
		return { ok: true, response };
	} catch (error) {
		return { ok: false, failure: describeFailure(error) };
	}
}

interface ErrorLike {
	cause?: unknown;
	response?: { status?: number; headers?: Record<string, unknown>; data?: unknown };
	code?: unknown;
	message?: unknown;
	httpCode?: unknown;
	context?: { data?: unknown };
}

function describeFailure(error: unknown): RequestFailure {
	const outer = (error ?? {}) as ErrorLike;
	const inner = (outer.cause ?? outer) as ErrorLike;
	const response = inner.response ?? outer.response;
	if (response && typeof response.status === 'number') {
		return {
			kind: 'http',
			statusCode: response.status,
			headers: lowerCaseKeys(response.headers ?? {}),
			body: decodeBody(response.data),
		};
	}
	const code = typeof inner.code === 'string' ? inner.code : typeof outer.code === 'string' ? outer.code : 'UNKNOWN';
	const httpCode = Number(outer.httpCode);
	if (Number.isInteger(httpCode) && httpCode >= 400) {
		return { kind: 'http', statusCode: httpCode, headers: {}, body: outer.context?.data };
	}
	return { kind: 'network', code, message: String(inner.message ?? outer.message ?? 'Request failed') };
}

function lowerCaseKeys(headers: Record<string, unknown>): HttpResponse['headers'] {
	const result: HttpResponse['headers'] = {};
	for (const [key, value] of Object.entries(headers)) {
		result[key.toLowerCase()] = Array.isArray(value) ? value.map(String) : value === undefined ? undefined : String(value);
	}
	return result;
}

/** Error bodies of binary requests arrive as bytes; read them as JSON or text when they are. */
function decodeBody(data: unknown): unknown {
	if (!Buffer.isBuffer(data) && !(data instanceof ArrayBuffer)) return data;
	const text = Buffer.from(data as Buffer).toString('utf8');
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}
