import type { ICredentialDataDecryptedObject, ICredentialsDecrypted } from 'n8n-workflow';

import type { RequestContext } from './sendOnce';
import { forgetToken, isOutlived } from './tokenFlight';
import type { ProviderConfig, ProviderCredentials } from './types';

/**
 * The credential as one node execution sees it. For a credential that fetches its own token, requests are
 * authenticated with this copy, so a token n8n fetches mid-run is written into it: the execution knows
 * every token it used, keeps them out of its errors, and can ask for a new one without first sending the
 * refused one again. Every secret any version of the credential held is remembered for redaction.
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

	private async load(): Promise<ICredentialDataDecryptedObject> {
		this.data ??= this.context.getCredentials(this.provider.credentialType).then((data) => ({ ...data }));
		return await this.data;
	}
}
