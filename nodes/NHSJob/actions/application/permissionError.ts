import { NodeApiError } from 'n8n-workflow';

import type { NhsJobAuthentication } from '../../nhsjob.api';

const EXPLANATIONS: Record<NhsJobAuthentication, Partial<Record<string, string>>> = {
	apiKey: {
		'401': 'NHSJob refused the API key. If the key is right (and for this environment), the reason is that submitting an application acts on behalf of a user, which NHSJob allows with OAuth2: set Authentication to OAuth2 and connect an NHSJob OAuth2 API credential with the write:applications scope.',
		'403': 'This API key lacks the write:applications permission. Submitting applications needs OAuth2: set Authentication to OAuth2 and connect an NHSJob OAuth2 API credential with the write:applications scope, or ask NHSJob to grant the key that permission.',
	},
	oAuth2: {
		'401': 'NHSJob refused the OAuth2 access token even after renewing it: reconnect the NHSJob OAuth2 API credential.',
		'403': 'The connected NHSJob user did not grant write:applications: add it to Scope in the NHSJob OAuth2 API credential and reconnect.',
	},
};

/** Replaces the generic hint of a 401/403 on submission with what to change to be allowed. */
export function explainMissingPermission(error: unknown, authentication: NhsJobAuthentication): unknown {
	if (!(error instanceof NodeApiError) || !error.httpCode) return error;
	const explanation = EXPLANATIONS[authentication][error.httpCode];
	if (!explanation) return error;
	const request = error.description?.match(/Request: [^.]*\./)?.[0];
	error.description = [explanation, request].filter(Boolean).join(' ');
	return error;
}
