import type { IncomingHttpHeaders } from 'node:http';

import type { NhsJobConfig, NhsJobPermission } from '../config';
import { apiError } from '../errors';
import type { OAuthStore } from '../oauth/oauthStore';

/** Who is calling, what they may do, and whose rate limit the call counts against. */
export interface Principal {
	readonly kind: 'apiKey' | 'oauth';
	readonly permissions: readonly NhsJobPermission[];
	readonly rateKey: string;
	readonly label: string;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
	const value = headers[name];
	return Array.isArray(value) ? value[0] : value;
}

/** An X-API-Key or an OAuth 2.0 bearer token; anything else is a 401. */
export function authenticate(headers: IncomingHttpHeaders, config: NhsJobConfig, oauth: OAuthStore, nowMs: number): Principal {
	const apiKey = header(headers, 'x-api-key');
	const authorization = header(headers, 'authorization');
	if (apiKey !== undefined && apiKey !== '') {
		if (apiKey !== config.apiKey) throw apiError(401, 'invalid_api_key', 'The API key is not valid for this environment.');
		return { kind: 'apiKey', permissions: config.apiKeyPermissions, rateKey: `key:${apiKey}`, label: 'api_key' };
	}
	if (authorization) {
		const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
		if (!match) throw bearerError('invalid_request', 'The Authorization header must be "Bearer <access token>".');
		const token = oauth.findAccessToken(match[1]);
		if (!token) throw bearerError('invalid_token', 'The access token is not valid.');
		if (token.expiresAtMs <= nowMs) throw bearerError('invalid_token', 'The access token has expired.');
		return { kind: 'oauth', permissions: token.scopes, rateKey: `client:${token.clientId}`, label: token.clientId };
	}
	throw apiError(401, 'unauthorized', 'Authentication required: send an API key in the X-API-Key header or an OAuth 2.0 access token in the Authorization header.');
}

function bearerError(code: string, message: string) {
	return apiError(401, code, message, {}, { 'WWW-Authenticate': `Bearer realm="nhsjob", error="${code}", error_description="${message}"` });
}

/** 403 naming the missing permission, and for keys the way to get it. */
export function requirePermission(principal: Principal, permission: NhsJobPermission): void {
	if (principal.permissions.includes(permission)) return;
	const how =
		principal.kind === 'apiKey'
			? 'API keys are read-only unless NHSJob grants more; use OAuth 2.0 with this scope to act on behalf of a user.'
			: 'The access token was not granted this scope; authorize again asking for it.';
	throw apiError(403, 'insufficient_scope', `This request needs the ${permission} permission. ${how}`, { required_permission: permission });
}
