import type { ICredentialDataDecryptedObject, IHttpRequestHelper } from 'n8n-workflow';

import { joinUrl } from '../../shared/transport/apiClient';
import { credentialKey, sharedToken, type FetchedToken } from '../../shared/transport/tokenFlight';
import { requestToken as sendTokenRequest } from '../../shared/transport/tokenRequest';
import { JOBTRAIN_TOKEN_PATH } from '../jobtrain.api';

/**
 * `POST /connect/token` with the client and the API user. Jobtrain's token lasts 30 minutes; n8n asks
 * for a new one when a call answers 401, and every execution of the process shares the one fetched.
 */
export async function requestJobtrainToken(helper: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<string> {
	const baseUrl = String(credentials.baseUrl ?? '');
	const body = {
		clientID: String(credentials.clientId ?? ''),
		clientSecret: String(credentials.clientSecret ?? ''),
		username: String(credentials.username ?? ''),
		password: String(credentials.apiPassword ?? ''),
	};
	const key = credentialKey('jobtrain', baseUrl, body.clientID, body.clientSecret, body.username, body.password);
	return await sharedToken(key, credentials.accessToken, async () =>
		await sendTokenRequest(helper, {
			provider: 'Jobtrain',
			credential: { type: 'jobtrainApi', displayName: 'Jobtrain credential' },
			request: {
				method: 'POST',
				url: joinUrl(baseUrl, JOBTRAIN_TOKEN_PATH),
				body,
				headers: { Accept: 'application/json' },
				json: true,
			},
			checkHint:
				'Check the Client ID, Client Secret, Username and API Password of the Jobtrain credential (the API password is generated in System Users, not the login password)',
			secrets: [body.clientSecret, body.password],
			readToken: tokenFrom,
		}),
	);
}

/**
 * Jobtrain's guide copies the token "not including the speech marks", so it may come as a bare JSON
 * string; `{access_token}`, `{accessToken}` and `{token}` are accepted too.
 */
function tokenFrom(response: unknown): FetchedToken | undefined {
	if (typeof response === 'string') {
		const token = response.trim().replace(/^"(.*)"$/s, '$1');
		return token === '' ? undefined : { token };
	}
	if (response && typeof response === 'object') {
		const body = response as Record<string, unknown>;
		for (const key of ['access_token', 'accessToken', 'token']) {
			const value = body[key];
			if (typeof value === 'string' && value.trim() !== '') {
				const expiresIn = Number(body.expires_in);
				return { token: value.trim(), expiresInSeconds: expiresIn > 0 ? expiresIn : undefined };
			}
		}
	}
	return undefined;
}
