import { randomBytes } from 'node:crypto';

import type { NhsJobPermission } from '../config';

/** A code lives one minute and works once (RFC 6749 §4.1.2). */
const CODE_LIFETIME_MS = 60_000;

export interface AuthorizationCode {
	readonly clientId: string;
	readonly redirectUri: string;
	readonly scopes: NhsJobPermission[];
	readonly expiresAtMs: number;
	used: boolean;
	/** Tokens issued for it, revoked if the code is presented again. */
	readonly issued: string[];
}

export interface AccessToken {
	readonly clientId: string;
	readonly scopes: NhsJobPermission[];
	expiresAtMs: number;
}

export interface RefreshToken {
	readonly clientId: string;
	readonly scopes: NhsJobPermission[];
}

export interface IssuedTokens {
	readonly access_token: string;
	readonly token_type: 'Bearer';
	readonly expires_in: number;
	readonly refresh_token: string;
	readonly scope: string;
}

/** Codes and tokens of the OAuth 2.0 authorization server. */
export class OAuthStore {
	private readonly codes = new Map<string, AuthorizationCode>();
	private readonly accessTokens = new Map<string, AccessToken>();
	private readonly refreshTokens = new Map<string, RefreshToken>();
	/** Counts token endpoint grants, for tests that check renewals. */
	grants = { authorizationCode: 0, refreshToken: 0 };

	issueCode(clientId: string, redirectUri: string, scopes: NhsJobPermission[], nowMs: number): string {
		const code = `nhs_code_${randomBytes(12).toString('hex')}`;
		this.codes.set(code, { clientId, redirectUri, scopes, expiresAtMs: nowMs + CODE_LIFETIME_MS, used: false, issued: [] });
		return code;
	}

	findCode(code: string): AuthorizationCode | undefined {
		return this.codes.get(code);
	}

	issueTokens(clientId: string, scopes: NhsJobPermission[], ttlSeconds: number, nowMs: number): IssuedTokens {
		const accessToken = `nhs_at_${randomBytes(18).toString('hex')}`;
		const refreshToken = `nhs_rt_${randomBytes(18).toString('hex')}`;
		this.accessTokens.set(accessToken, { clientId, scopes, expiresAtMs: nowMs + ttlSeconds * 1000 });
		this.refreshTokens.set(refreshToken, { clientId, scopes });
		return { access_token: accessToken, token_type: 'Bearer', expires_in: ttlSeconds, refresh_token: refreshToken, scope: scopes.join(' ') };
	}

	findAccessToken(token: string): AccessToken | undefined {
		return this.accessTokens.get(token);
	}

	/** A refresh token works once: the grant returns a new one (rotation). */
	takeRefreshToken(token: string): RefreshToken | undefined {
		const found = this.refreshTokens.get(token);
		this.refreshTokens.delete(token);
		return found;
	}

	revoke(tokens: string[]): void {
		for (const token of tokens) {
			this.accessTokens.delete(token);
			this.refreshTokens.delete(token);
		}
	}

	/** Makes every access token expired now, as if an hour had passed. */
	expireAccessTokens(nowMs: number): number {
		for (const token of this.accessTokens.values()) token.expiresAtMs = Math.min(token.expiresAtMs, nowMs);
		return this.accessTokens.size;
	}

	counts(): { codes: number; accessTokens: number; refreshTokens: number } {
		return { codes: this.codes.size, accessTokens: this.accessTokens.size, refreshTokens: this.refreshTokens.size };
	}
}
