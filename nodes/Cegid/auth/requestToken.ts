import { NodeApiError } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject, IHttpRequestHelper, INode, JsonObject } from 'n8n-workflow';

import { explainErrorBody } from '../../shared/errors';
import { joinUrl } from '../../shared/transport/apiClient';
import { redact, redactString } from '../../shared/transport/redact';
import { cegidEndpoints } from '../cegid.api';

/** Stands for the credential in errors raised while fetching its token, before any node runs. */
const CREDENTIAL_AS_NODE: INode = {
	id: 'cegidRecruitingApi',
	name: 'Cegid Recruiting credential',
	type: 'cegidRecruitingApi',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

/**
 * A refused token request, in Cegid's words. A NodeApiError with its own message, because n8n wraps other errors
 * in one that replaces the message of a 400 with "Bad request - please check your parameters" (the credential test
 * shows only that), while a NodeApiError passes through unchanged. It has no `response.status`, which n8n would
 * take for an expired token and answer by asking for yet another one.
 */
function tokenRequestError(status: number, explanation: string): NodeApiError {
	const message = `Cegid refused the token request${explanation ? `: ${explanation}` : ''}. Check the Client ID, Client Secret and Scope of the Cegid Recruiting credential`;
	return new NodeApiError(CREDENTIAL_AS_NODE, { httpCode: String(status), response: { data: { message } } } as unknown as JsonObject, {
		message,
		httpCode: String(status),
	});
}

interface TokenResponse {
	access_token?: unknown;
	token_type?: unknown;
	expires_in?: unknown;
}

/**
 * Client credentials grant: `POST /api/token`, form-encoded. Called by n8n only when the stored
 * token is missing or was just refused, so one token serves every execution of its lifetime.
 */
export async function requestToken(helper: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<string> {
	const clientSecret = String(credentials.clientSecret ?? '');
	const form = new URLSearchParams({
		client_id: String(credentials.clientId ?? ''),
		client_secret: clientSecret,
		grant_type: 'client_credentials',
		scope: String(credentials.scope || 'MatchingIndexation'),
	});
	let response: { statusCode: number; body: unknown };
	try {
		response = (await helper.helpers.httpRequest({
			method: cegidEndpoints.token.method,
			url: joinUrl(String(credentials.baseUrl ?? ''), cegidEndpoints.token.path),
			headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
			body: form.toString(),
			json: false,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})) as { statusCode: number; body: unknown };
	} catch (error) {
		// The raw error carries the request and so the client secret: keep only what went wrong.
		const { code, message } = (error ?? {}) as { code?: string; message?: string };
		const failure = new Error(redactString(`Could not reach Cegid for a token (${code ?? 'error'}): ${message ?? ''}`, [clientSecret]));
		(failure as Error & { code?: string }).code = code;
		throw failure;
	}
	const body = parseBody(response.body);
	if (response.statusCode < 200 || response.statusCode >= 300) {
		throw tokenRequestError(response.statusCode, explainToken(redact(body, [clientSecret])));
	}
	const token = (body as TokenResponse | undefined)?.access_token;
	if (typeof token !== 'string' || token === '') {
		throw tokenRequestError(502, 'the answer holds no access_token');
	}
	return token;
}

/** OAuth2 errors: `{error, error_description}`; both say something. */
function explainToken(body: unknown): string {
	const { error, error_description: description } = (body ?? {}) as { error?: unknown; error_description?: unknown };
	if (typeof error === 'string' && typeof description === 'string') return `${description.trim().replace(/\.$/, '')} (${error})`;
	return explainErrorBody(body);
}

function parseBody(body: unknown): unknown {
	const text = Buffer.isBuffer(body) ? body.toString('utf8') : body;
	if (typeof text !== 'string') return text;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}
