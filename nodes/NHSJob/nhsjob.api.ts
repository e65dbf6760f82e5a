import type { IDataObject } from 'n8n-workflow';

import { shareOfLimit } from '../shared/transport/processShare';
import { DEFAULT_RETRY } from '../shared/transport/retryPolicy';
import type { EndpointDefinition, ProviderConfig } from '../shared/transport/types';
import { baseUrlOf, planLimitOf } from './transport/environment';

/**
 * Every NHSJob endpoint the nodes call. NHSJob's guide publishes the job list and application
 * submission; the rest is our best guess and marked `assumed` (see the README's table).
 */
export const nhsJobEndpoints = {
	jobList: { method: 'GET', path: '/jobs' },
	jobGet: { method: 'GET', path: '/jobs/{jobId}', assumed: true, record: 'id' },
	applicationSubmit: { method: 'POST', path: '/applications' },
} satisfies Record<string, EndpointDefinition>;

export type NhsJobEndpoint = keyof typeof nhsJobEndpoints;

/** Also not published: where the authorization-code flow starts and where codes become tokens. */
export const NHSJOB_OAUTH_URLS = {
	authorization: { url: 'https://api.nhsjob.net/oauth/authorize', assumed: true },
	token: { url: 'https://api.nhsjob.net/oauth/token', assumed: true },
} as const;

/** Permissions NHSJob grants to keys and OAuth clients. */
export const NHSJOB_SCOPES = ['read:jobs', 'write:applications', 'read:candidates', 'write:candidates'] as const;

export type NhsJobAuthentication = 'apiKey' | 'oAuth2';

export const NHSJOB_CREDENTIAL_TYPES: Record<NhsJobAuthentication, string> = {
	apiKey: 'nhsJobApi',
	oAuth2: 'nhsJobOAuth2Api',
};

const shared = {
	displayName: 'NHSJob',
	endpoints: nhsJobEndpoints,
	// Not published: the largest page the sandbox and the guide's examples suggest.
	maxPageSize: 100,
	retry: DEFAULT_RETRY,
};

const commonHints: Partial<Record<number, string>> = {
	403: 'This credential lacks the permission for this call (read:jobs, write:applications, read:candidates or write:candidates). Grant it in the NHSJob Developer Dashboard; for OAuth2 add the scope to the credential and reconnect.',
	404: 'Check the ID: NHSJob has no such record (job IDs look like job_12345).',
	409: 'NHSJob refused because of the record’s state, e.g. the job is closed or the candidate has already applied.',
	422: 'Correct the field NHSJob names above.',
	429: 'NHSJob allows 60, 300 or 1000 requests per minute depending on your plan: set "Plan Rate Limit" in the credential to your plan.',
};

export const nhsJobApiKeyProvider: ProviderConfig<NhsJobEndpoint> = {
	...shared,
	credentialType: NHSJOB_CREDENTIAL_TYPES.apiKey,
	readCredentials: (credentials) => ({
		baseUrl: baseUrlOf(credentials),
		secrets: [String(credentials.apiKey ?? '')],
		requestsPerMinute: shareOfLimit(planLimitOf(credentials), credentials),
	}),
	errorHints: {
		...commonHints,
		401: 'Check the API key in the NHSJob API credential and that it belongs to the chosen environment: sandbox keys do not work in production.',
	},
};

export const nhsJobOAuth2Provider: ProviderConfig<NhsJobEndpoint> = {
	...shared,
	credentialType: NHSJOB_CREDENTIAL_TYPES.oAuth2,
	// n8n renews an expired access token with the refresh token once, on a 401.
	renewsTokenOn401: true,
	readCredentials: (credentials) => ({
		baseUrl: baseUrlOf(credentials),
		secrets: oauthSecrets(credentials),
		requestsPerMinute: shareOfLimit(planLimitOf(credentials), credentials),
	}),
	errorHints: {
		...commonHints,
		401: 'NHSJob refused the access token even after renewing it: reconnect the NHSJob OAuth2 API credential.',
	},
};

export function nhsJobProvider(authentication: NhsJobAuthentication): ProviderConfig<NhsJobEndpoint> {
	return authentication === 'oAuth2' ? nhsJobOAuth2Provider : nhsJobApiKeyProvider;
}

function oauthSecrets(credentials: IDataObject): string[] {
	const token = (credentials.oauthTokenData ?? {}) as IDataObject;
	return [credentials.clientSecret, token.access_token, token.refresh_token, token.accessToken, token.refreshToken]
		.filter((value): value is string => typeof value === 'string' && value !== '');
}
