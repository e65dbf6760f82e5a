import { NodeApiError } from 'n8n-workflow';
import type { IHttpRequestHelper, IHttpRequestOptions, INode, JsonObject } from 'n8n-workflow';

import { explainErrorBody, redirectMessage } from '../errors';
import { decodeBytes } from './bodyText';
import { redact, redactString } from './redact';
import { withDeadline } from './deadline';
import { isRedirect, redirectOrigin } from './redirect';
import type { FetchedToken } from './tokenFlight';

export interface TokenRequest {
	/** The provider's name, e.g. "Jobtrain". */
	provider: string;
	/** Stands for the credential in errors raised while fetching its token. */
	credential: { type: string; displayName: string };
	request: IHttpRequestOptions;
	/** What the user should check when the provider refuses, e.g. "Check the Client ID and …". */
	checkHint: string;
	/** The secrets sent with the request, kept out of every message. */
	secrets: string[];
	/** The token out of a 2xx answer, or undefined when the answer holds none. */
	readToken(body: unknown): FetchedToken | undefined;
}

/** A token request not answered completely within this long fails. */
const TOKEN_TIMEOUT_MS = 60_000;

/** Errors raised by a token request, so the transport neither retries them nor asks for yet another token. */
const tokenFailures = new WeakSet<object>();

export function isTokenFailure(error: unknown): boolean {
	if (!error || typeof error !== 'object') return false;
	return tokenFailures.has(error) || isTokenFailure((error as { cause?: unknown }).cause);
}

/**
 * Sends a token request and reads the token, or throws a NodeApiError that says what went wrong in the
 * provider's words (never with a secret). The error has no `response.status`: n8n would take a 401 for an
 * expired token and ask for yet another one. A NodeApiError also passes through n8n's wrapping unchanged.
 */
export async function requestToken(helper: IHttpRequestHelper, spec: TokenRequest): Promise<FetchedToken> {
	type Answer = { statusCode: number; headers?: Record<string, unknown>; body: unknown };
	let response: Answer | 'expired';
	try {
		response = await withDeadline(TOKEN_TIMEOUT_MS, async (abortSignal) =>
			(await helper.helpers.httpRequest({
				timeout: TOKEN_TIMEOUT_MS,
				...spec.request,
				abortSignal,
				// A redirect would re-post the secrets (307/308) or send them on to whatever host it names.
				disableFollowRedirect: true,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
			})) as Answer,
		);
	} catch (error) {
		// The raw error carries the request and so the secrets: keep only what went wrong.
		const { code, message } = (error ?? {}) as { code?: string; message?: string };
		throw tokenError(spec, undefined, `Could not reach ${spec.provider} for a token (${code ?? 'error'}): ${message ?? ''}. Check the Base URL in the credential and that the service is reachable from n8n.`, code);
	}
	if (response === 'expired') {
		throw tokenError(spec, undefined, `${spec.provider} did not answer the token request within ${TOKEN_TIMEOUT_MS / 1000} s. Check the Base URL in the credential and that the service is reachable from n8n.`, 'ETIMEDOUT');
	}
	if (isRedirect(response.statusCode)) {
		const location = Object.entries(response.headers ?? {}).find(([name]) => name.toLowerCase() === 'location')?.[1];
		throw tokenError(spec, response.statusCode, `${redirectMessage(spec.provider, response.statusCode, redirectOrigin(location, spec.request.url))}.`);
	}
	const body = parseBody(response.body);
	if (isHtml(response.headers, body)) {
		throw tokenError(
			spec,
			response.statusCode,
			`${spec.provider}’s token URL answered with an HTML page (${response.statusCode}), not a token; check the Base URL in the credential`,
		);
	}
	if (response.statusCode < 200 || response.statusCode >= 300) {
		const explanation = explainToken(redact(body, spec.secrets));
		throw tokenError(
			spec,
			response.statusCode,
			`${spec.provider} refused the token request (${response.statusCode})${explanation ? `: ${explanation.replace(/\.$/, '')}` : ''}. ${spec.checkHint}`,
		);
	}
	const token = spec.readToken(body);
	if (!token || token.token === '') {
		throw tokenError(spec, response.statusCode, `${spec.provider} answered the token request without a token. Check the Base URL in the credential.`);
	}
	return token;
}

function tokenError(spec: TokenRequest, status: number | undefined, text: string, code?: string): NodeApiError {
	const message = redactString(text, spec.secrets);
	const node: INode = {
		id: spec.credential.type,
		name: spec.credential.displayName,
		type: spec.credential.type,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const httpCode = status === undefined ? undefined : String(status);
	const error = new NodeApiError(node, { httpCode, code, response: { data: { message } } } as unknown as JsonObject, { message, httpCode });
	tokenFailures.add(error);
	return error;
}

/** OAuth2 errors: `{error, error_description}`; both say something. */
function explainToken(body: unknown): string {
	const { error, error_description: description } = (body ?? {}) as { error?: unknown; error_description?: unknown };
	if (typeof error === 'string' && typeof description === 'string') return `${description.trim().replace(/\.$/, '')} (${error})`;
	return explainErrorBody(body);
}

function parseBody(body: unknown): unknown {
	const decoded = decodeBytes(body);
	if (typeof decoded !== 'string') return decoded;
	try {
		return JSON.parse(decoded) as unknown;
	} catch {
		return decoded;
	}
}

function isHtml(headers: Record<string, unknown> | undefined, body: unknown): boolean {
	const contentType = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
	if (typeof contentType === 'string' && /text\/html|application\/xhtml/i.test(contentType)) return true;
	return typeof body === 'string' && /^\s*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(body);
}
