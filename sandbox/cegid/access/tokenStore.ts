import { randomBytes } from 'node:crypto';

interface IssuedToken {
	readonly expiresAtMs: number;
	readonly scope: string;
}

/** Bearer tokens issued by `POST /api/token`, with what tests need to count and expire them. */
export class TokenStore {
	private tokens = new Map<string, IssuedToken>();
	private issuedCount = 0;
	/** Authenticated calls left before every current token expires; undefined when none is planned. */
	private callsBeforeExpiry: number | undefined;

	issue(lifetimeSeconds: number, scope: string, nowMs: number): string {
		const token = randomBytes(36).toString('base64url');
		this.tokens.set(token, { expiresAtMs: nowMs + lifetimeSeconds * 1000, scope });
		this.issuedCount++;
		return token;
	}

	/** The token's scope when it is current; undefined when unknown or expired. Counts the call. */
	use(token: string, nowMs: number): string | undefined {
		const issued = this.tokens.get(token);
		if (!issued || issued.expiresAtMs <= nowMs) return undefined;
		if (this.callsBeforeExpiry !== undefined) {
			if (this.callsBeforeExpiry <= 0) {
				this.expireAll();
				return undefined;
			}
			this.callsBeforeExpiry--;
		}
		return issued.scope;
	}

	/** Expires every current token now, or after `afterCalls` more authenticated calls. */
	expire(afterCalls = 0): void {
		if (afterCalls <= 0) this.expireAll();
		else this.callsBeforeExpiry = afterCalls;
	}

	counts(nowMs: number): { issued: number; active: number } {
		let active = 0;
		for (const token of this.tokens.values()) if (token.expiresAtMs > nowMs) active++;
		return { issued: this.issuedCount, active };
	}

	clear(): void {
		this.tokens = new Map();
		this.issuedCount = 0;
		this.callsBeforeExpiry = undefined;
	}

	private expireAll(): void {
		this.tokens = new Map();
		this.callsBeforeExpiry = undefined;
	}
}
