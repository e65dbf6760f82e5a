import { randomBytes } from 'node:crypto';

import type { JobtrainUser } from '../config';

export interface IssuedToken {
	readonly clientId: string;
	readonly username: string;
	readonly expiresAt: number;
}

/** Bearer tokens handed out by `/connect/token`, each valid for the configured lifetime. */
export class TokenRegistry {
	private readonly tokens = new Map<string, IssuedToken>();
	private issuedCount = 0;

	issue(clientId: string, user: JobtrainUser, now: number, lifetimeSeconds: number): { token: string; expiresIn: number } {
		// Long and opaque, like Jobtrain's ("a long bearer token").
		const token = `jt.${randomBytes(48).toString('base64url')}.${randomBytes(24).toString('base64url')}`;
		this.tokens.set(token, { clientId, username: user.username, expiresAt: now + lifetimeSeconds * 1000 });
		this.issuedCount++;
		return { token, expiresIn: lifetimeSeconds };
	}

	/** The token's grant while it is valid; undefined for unknown or expired tokens. */
	verify(token: string, now: number): IssuedToken | undefined {
		const grant = this.tokens.get(token);
		if (!grant) return undefined;
		if (grant.expiresAt <= now) {
			this.tokens.delete(token);
			return undefined;
		}
		return grant;
	}

	/** Makes every token issued so far invalid, as when Jobtrain ends all sessions. */
	revokeAll(): number {
		const count = this.tokens.size;
		this.tokens.clear();
		return count;
	}

	get issued(): number {
		return this.issuedCount;
	}

	clear(): void {
		this.tokens.clear();
		this.issuedCount = 0;
	}
}
