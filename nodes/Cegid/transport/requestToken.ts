import type { ICredentialDataDecryptedObject, IHttpRequestHelper } from 'n8n-workflow';

import { joinUrl } from '../../shared/transport/apiClient';
import { credentialKey, sharedToken } from '../../shared/transport/tokenFlight';
import { requestToken as sendTokenRequest } from '../../shared/transport/tokenRequest';
import { cegidEndpoints } from '../cegid.api';

interface TokenResponse {
	access_token?: unknown;
	expires_in?: unknown;
}

/**
 * Client credentials grant: `POST /api/token`, form-encoded. Called by n8n only when the stored token is
 * missing or was refused, and shared by every execution of the process (one request at a time per
 * credential), so one token serves every execution of its lifetime, as Cegid asks.
 */
export async function requestToken(helper: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<string> {
	const baseUrl = String(credentials.baseUrl ?? '');
	const clientId = String(credentials.clientId ?? '');
	const clientSecret = String(credentials.clientSecret ?? '');
	const scope = String(credentials.scope || 'MatchingIndexation');
	const key = credentialKey('cegid', baseUrl, clientId, clientSecret, scope);
	return await sharedToken(key, credentials.accessToken, async () =>
		await sendTokenRequest(helper, {
			provider: 'Cegid',
			credential: { type: 'cegidRecruitingApi', displayName: 'Cegid Recruiting credential' },
			request: {
				method: cegidEndpoints.token.method,
				url: joinUrl(baseUrl, cegidEndpoints.token.path),
				headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
				body: new URLSearchParams({ client_id: clientId, client_secret: clientSecret, grant_type: 'client_credentials', scope }).toString(),
				json: false,
			},
			checkHint: 'Check the Client ID, Client Secret and Scope of the Cegid Recruiting credential',
			secrets: [clientSecret],
			readToken: (body) => {
				const { access_token: token, expires_in: expiresIn } = (body ?? {}) as TokenResponse;
				if (typeof token !== 'string' || token === '') return undefined;
				return { token, expiresInSeconds: Number(expiresIn) > 0 ? Number(expiresIn) : undefined };
			},
		}),
	);
}
