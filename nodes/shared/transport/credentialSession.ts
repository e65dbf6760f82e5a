import type { ICredentialDataDecryptedObject, ICredentialsDecrypted, IDataObject } from 'n8n-workflow';

import type { RequestContext } from './sendOnce';
import { forgetToken, isOutlived } from './tokenFlight';
import type { ProviderConfig, ProviderCredentials, RequestFailure } from './types';

/**
 * The credential as one node execution sees it. For a credential that fetches its own token, requests are
 * authenticated with this copy, so a token n8n fetches mid-run is written into it: the execution knows
 * every token it used, keeps them out of its errors, and can ask for a new one without first sending the
 * refused one again. Every secret any version of the credential held is remembered for redaction.
 *
 * An OAuth2 credential is read by n8n itself for every request; the session renews its token through
 * n8n's `refreshOAuth2Token` helper (once per expiry for all executions of this process) and reads the
 * credential again afterwards to learn the new tokens.
 */
export class CredentialSession {
	private data?: Promise<ICredentialDataDecryptedObject>;
	private readonly seen = new Set<string>();

	constructor(
		private readonly context: RequestContext,
		private readonly provider: ProviderConfig,
	) {}

	async read(): Promise<ProviderCredentials> {
		const credentials = this.provider.readCredentials(await this.load());
		for (const secret of credentials.secrets) if (secret) this.seen.add(secret);
		return credentials;
	}

	/** Every secret and token this execution has seen, including those fetched mid-run. */
	secrets(): string[] {
		return [...this.seen];
	}

	/** What to authenticate the next request with; a token past its announced lifetime is left out, so n8n fetches one. */
	async forRequest(): Promise<ICredentialsDecrypted | undefined> {
		const property = this.provider.tokenProperty;
		const reference = this.context.getNode().credentials?.[this.provider.credentialType];
		if (!property || !reference?.id) return undefined;
		const data = await this.load();
		if (isOutlived(data[property])) data[property] = '';
		return { id: reference.id, name: reference.name, type: this.provider.credentialType, data };
	}

	/** The provider refused the token: no one may use it again, and the next request fetches (or shares) a new one. */
	async dropToken(): Promise<void> {
		const property = this.provider.tokenProperty;
		if (!property) return;
		const data = await this.load();
		forgetToken(data[property]);
		data[property] = '';
	}

	/** After n8n renewed a token itself (OAuth2): read the credential again to learn the new one. */
	async reload(): Promise<void> {
		this.data = undefined;
		await this.read();
	}

	/** True when n8n can renew this OAuth2 credential's token on request (n8n-core has `refreshOAuth2Token`). */
	canRenewOAuth2(): boolean {
		return !this.provider.tokenProperty && typeof this.context.helpers.refreshOAuth2Token === 'function';
	}

	/** How many renewals of this credential this process has completed: taken just before a request is sent. */
	renewalsSoFar(): number {
		return renewalsOf(this.renewalKey()).completed;
	}

	/**
	 * The OAuth2 access token was refused on a request sent after `renewalsAtSend` renewals: renew it once, or
	 * wait for the renewal another request of this process started, or do nothing when one completed since
	 * that request was sent (it went out with the old token). Returns what went wrong, or undefined when the
	 * request may be sent again: n8n reads the renewed token from the credential for it.
	 */
	async renewOAuth2Token(renewalsAtSend: number): Promise<RequestFailure | undefined> {
		const renewals = renewalsOf(this.renewalKey());
		try {
			if (renewals.inFlight) await renewals.inFlight;
			else if (renewals.completed === renewalsAtSend) await startRenewal(renewals, async () => this.rememberTokens(await this.refresh()));
		} catch (error) {
			return renewalFailure(this.provider.displayName, error);
		}
		await this.reload();
		return undefined;
	}

	private async refresh(): Promise<unknown> {
		const refresh = this.context.helpers.refreshOAuth2Token as (this: RequestContext, credentialsType: string) => Promise<unknown>;
		return await refresh.call(this.context, this.provider.credentialType);
	}

	private rememberTokens(tokenData: unknown): void {
		const { access_token: access, refresh_token: refresh } = (tokenData ?? {}) as IDataObject;
		for (const token of [access, refresh]) if (typeof token === 'string' && token !== '') this.seen.add(token);
	}

	/** Renewals are shared per stored credential; a credential without an id (never the case in n8n) shares with no one. */
	private renewalKey(): string | undefined {
		const reference = this.context.getNode().credentials?.[this.provider.credentialType];
		return reference?.id ? `${this.provider.credentialType}:${reference.id}` : undefined;
	}

	private async load(): Promise<ICredentialDataDecryptedObject> {
		this.data ??= this.context.getCredentials(this.provider.credentialType).then((data) => ({ ...data }));
		return await this.data;
	}
}

interface Renewals {
	/** Renewals completed in this process; a request sent before the latest one went out with an older token. */
	completed: number;
	inFlight?: Promise<void>;
}

/** OAuth2 renewals per credential in this process: parallel executions hit by one expiry renew once between them. */
const renewalsByCredential = new Map<string, Renewals>();

function renewalsOf(key: string | undefined): Renewals {
	if (key === undefined) return { completed: 0 };
	let renewals = renewalsByCredential.get(key);
	if (!renewals) {
		renewals = { completed: 0 };
		renewalsByCredential.set(key, renewals);
	}
	return renewals;
}

async function startRenewal(renewals: Renewals, renew: () => Promise<void>): Promise<void> {
	const inFlight = renew().then(() => {
		renewals.completed += 1;
	});
	renewals.inFlight = inFlight;
	try {
		await inFlight;
	} finally {
		// Refused or not, the next refused request asks again rather than waiting on a settled renewal.
		renewals.inFlight = undefined;
	}
}

interface RenewalError {
	message?: unknown;
	code?: unknown;
	/** @n8n/client-oauth2's AuthError (`{error, error_description}`) and ResponseError (raw text). */
	body?: unknown;
	/** ResponseError's HTTP status. */
	status?: unknown;
	/** axios' error for a 5xx answer or a failed connection; its `config` holds the request and so the secrets. */
	response?: { status?: unknown; data?: unknown };
}

/**
 * What a failed renewal means, in the provider's words and without the request (which holds the client secret
 * and the refresh token). An answer from the token URL fails the execution's requests without asking again;
 * a connection that failed is a network failure, retried like any other.
 */
export function renewalFailure(provider: string, error: unknown): RequestFailure {
	const failure = (error ?? {}) as RenewalError;
	const reconnect = `Reconnect the credential (“Reconnect” in its settings) to sign in to ${provider} again.`;
	const status = statusOf(failure);
	const code = typeof failure.code === 'string' ? failure.code : '';
	if (status === undefined && code !== 'EAUTH') {
		if (/^E/.test(code) && code !== 'ERR_ASSERTION') {
			return { kind: 'network', code, message: `Could not reach ${provider}’s token URL to renew the access token: ${String(failure.message ?? code)}` };
		}
		// Not asked at all, e.g. the credential holds no refresh token or was never connected.
		const message = `${provider}’s access token expired and could not be renewed: ${String(failure.message ?? 'unknown error').replace(/\.$/, '')}. ${reconnect}`;
		return { kind: 'http', statusCode: 401, headers: {}, body: { message }, fromTokenRequest: true };
	}
	if (status !== undefined && status < 400) {
		const message = `${provider}’s token URL answered without a token (${status}): ${String(failure.message ?? '')}. Check the Access Token URL in the credential.`;
		return { kind: 'http', statusCode: 502, headers: {}, body: { message }, fromTokenRequest: true };
	}
	const body = failure.body ?? failure.response?.data;
	const explanation = explainTokenError(body);
	const statusCode = status ?? (oauthErrorCode(body) === 'invalid_client' ? 401 : 400);
	const message = `${provider} refused to renew the access token (${statusCode})${explanation ? `: ${explanation.replace(/\.$/, '')}` : ''}. ${reconnect}`;
	return { kind: 'http', statusCode, headers: {}, body: { message }, fromTokenRequest: true };
}

function statusOf(failure: RenewalError): number | undefined {
	const status = Number(failure.status ?? failure.response?.status);
	return Number.isInteger(status) && status >= 100 ? status : undefined;
}

function oauthErrorCode(body: unknown): string | undefined {
	const error = typeof body === 'object' && body !== null ? (body as IDataObject).error : undefined;
	return typeof error === 'string' ? error : undefined;
}

/** RFC 6749 §5.2 `{error, error_description}`; a text answer as it came, cut short. */
function explainTokenError(body: unknown): string {
	if (typeof body === 'string') return /^\s*</.test(body) ? 'it answered with an HTML page' : body.trim().slice(0, 300);
	if (typeof body !== 'object' || body === null) return '';
	const { error, error_description: description } = body as IDataObject;
	if (typeof description === 'string' && typeof error === 'string') return `${description.trim().replace(/\.$/, '')} (${error})`;
	if (typeof description === 'string') return description.trim();
	return typeof error === 'string' ? error : '';
}
