import { HttpError } from '../../core/httpError';
import { parseHeaderWithParams } from '../../core/contentType';
import { type Reply, json } from '../../core/reply';
import type { SandboxRequest } from '../../core/request';
import type { NhsJobConfig } from '../config';
import type { OAuthStore } from './oauthStore';

/**
 * The token endpoint (RFC 6749 §3.2): form-encoded grants of an authorization code or a refresh
 * token, with the client authenticated by HTTP Basic or by client_id/client_secret in the body.
 */
export function token(req: SandboxRequest, config: NhsJobConfig, store: OAuthStore, nowMs: number): Reply {
	const mediaType = parseHeaderWithParams(req.headers['content-type']).mediaType;
	if (mediaType !== 'application/x-www-form-urlencoded') {
		throw oauthError(400, 'invalid_request', 'Send the token request as application/x-www-form-urlencoded.');
	}
	const form = new URLSearchParams(req.body.toString('utf8'));
	const clientId = authenticateClient(req, form, config);
	const grantType = form.get('grant_type');

	if (grantType === 'authorization_code') {
		const code = store.findCode(form.get('code') ?? '');
		if (!code || code.clientId !== clientId || code.expiresAtMs <= nowMs) {
			throw oauthError(400, 'invalid_grant', 'The authorization code is invalid or expired.');
		}
		if (code.used) {
			store.revoke(code.issued);
			throw oauthError(400, 'invalid_grant', 'The authorization code was already used; the tokens issued for it are revoked.');
		}
		if (form.get('redirect_uri') !== code.redirectUri) {
			throw oauthError(400, 'invalid_grant', 'redirect_uri does not match the one used to get the code.');
		}
		code.used = true;
		store.grants.authorizationCode++;
		const tokens = store.issueTokens(clientId, code.scopes, config.accessTokenTtlSeconds, nowMs);
		code.issued.push(tokens.access_token, tokens.refresh_token);
		return tokenReply(tokens);
	}
	if (grantType === 'refresh_token') {
		const refresh = store.takeRefreshToken(form.get('refresh_token') ?? '');
		if (!refresh || refresh.clientId !== clientId) throw oauthError(400, 'invalid_grant', 'The refresh token is invalid or was already used.');
		store.grants.refreshToken++;
		return tokenReply(store.issueTokens(clientId, refresh.scopes, config.accessTokenTtlSeconds, nowMs));
	}
	throw oauthError(400, 'unsupported_grant_type', 'grant_type must be authorization_code or refresh_token.');
}

function authenticateClient(req: SandboxRequest, form: URLSearchParams, config: NhsJobConfig): string {
	const header = req.headers.authorization;
	let id = form.get('client_id');
	let secret = form.get('client_secret');
	const basic = typeof header === 'string' ? /^Basic\s+(\S+)$/i.exec(header.trim()) : null;
	if (basic) {
		const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
		const colon = decoded.indexOf(':');
		id = safeDecode(decoded.slice(0, colon));
		secret = safeDecode(decoded.slice(colon + 1));
	}
	if (!id || id !== config.clientId || secret !== config.clientSecret) {
		throw oauthError(401, 'invalid_client', 'Client authentication failed.', { 'WWW-Authenticate': 'Basic realm="nhsjob"' });
	}
	return id;
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text.replace(/\+/g, ' '));
	} catch {
		return text;
	}
}

function tokenReply(tokens: object): Reply {
	return json(200, tokens, { 'Cache-Control': 'no-store', Pragma: 'no-cache' });
}

function oauthError(status: number, error: string, description: string, headers?: Record<string, string>): HttpError {
	return new HttpError(status, { error, error_description: description }, headers);
}
