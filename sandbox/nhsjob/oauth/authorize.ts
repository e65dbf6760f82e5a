import { HttpError } from '../../core/httpError';
import { type Reply, json } from '../../core/reply';
import type { SandboxRequest } from '../../core/request';
import type { NhsJobConfig } from '../config';
import type { OAuthStore } from './oauthStore';
import { parseScopes } from './scopes';

/**
 * The authorization endpoint, with the user's consent taken as given: it redirects straight back
 * to the client with a code, or with an error the client can show (RFC 6749 §4.1.2). Requests that
 * cannot be trusted to redirect (unknown client, bad redirect URI) get a 400 page instead.
 */
export function authorize(req: SandboxRequest, config: NhsJobConfig, store: OAuthStore, nowMs: number): Reply {
	const clientId = req.query.get('client_id');
	const redirectUri = req.query.get('redirect_uri');
	if (!clientId || clientId !== config.clientId) {
		throw new HttpError(400, { error: 'invalid_client', error_description: 'Unknown client_id: register the application in the NHSJob Developer Dashboard.' });
	}
	if (!redirectUri || !isWebAddress(redirectUri)) {
		throw new HttpError(400, { error: 'invalid_request', error_description: 'redirect_uri must be the absolute http(s) callback URL registered for the application.' });
	}
	const state = req.query.get('state');
	const back = (params: Record<string, string>) => redirect(redirectUri, state === null ? params : { ...params, state });

	if (req.query.get('response_type') !== 'code') {
		return back({ error: 'unsupported_response_type', error_description: 'Only the authorization code flow (response_type=code) is supported.' });
	}
	const scopes = parseScopes(req.query.get('scope'));
	if (!scopes) {
		return back({ error: 'invalid_scope', error_description: 'Scopes must be among read:jobs, write:applications, read:candidates, write:candidates.' });
	}
	return back({ code: store.issueCode(clientId, redirectUri, scopes, nowMs) });
}

function redirect(target: string, params: Record<string, string>): Reply {
	const url = new URL(target);
	for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
	return json(302, { redirect: url.toString() }, { Location: url.toString() });
}

function isWebAddress(value: string): boolean {
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:';
	} catch {
		return false;
	}
}
