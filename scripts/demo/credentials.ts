/** A credential as n8n's public API creates it. */
export interface CredentialSpec {
	readonly name: string;
	readonly type: string;
	readonly data: Record<string, unknown>;
}

/** The secret the demo's NHSJob webhook is registered with in the sandbox and checked with by the trigger. */
export const DEMO_NHSJOB_WEBHOOK_SECRET = 'sandbox-nhsjob-webhook-secret';

/**
 * One credential per provider, pointing at the sandbox with its default keys (sandbox/README.md). The example
 * workflows refer to them by these names.
 */
export function sandboxCredentials(sandboxUrl: string): CredentialSpec[] {
	// n8n 2.x asks every credential that authenticates HTTP requests which domains it may be sent to.
	const anyDomain = { allowedHttpRequestDomains: 'all' };
	return [
		{
			name: 'Jobcase (sandbox)',
			type: 'jobcaseApi',
			data: { apiKey: 'sandbox-jobcase-key', partnerId: 1, baseUrl: `${sandboxUrl}/jobcase/api/platform/v1`, requestsPerMinute: 200, ...anyDomain },
		},
		{
			name: 'Cegid Recruiting (sandbox)',
			type: 'cegidRecruitingApi',
			data: { baseUrl: `${sandboxUrl}/cegid`, clientId: 'sandbox-cegid-client', clientSecret: 'sandbox-cegid-secret', scope: 'MatchingIndexation', requestsPerMinute: 600, ...anyDomain },
		},
		{
			name: 'Jobtrain (sandbox)',
			type: 'jobtrainApi',
			data: {
				baseUrl: `${sandboxUrl}/jobtrain/api`,
				clientId: 'sandbox-jobtrain-client',
				clientSecret: 'sandbox-jobtrain-secret',
				username: 'api.user',
				apiPassword: 'sandbox-jobtrain-api-password',
				requestsPerMinute: 300,
				...anyDomain,
			},
		},
		{
			name: 'NHSJob API key (sandbox)',
			type: 'nhsJobApi',
			data: { apiKey: 'sandbox-nhsjob-key', environment: 'custom', baseUrl: `${sandboxUrl}/nhsjob/v1`, ...anyDomain },
		},
		{
			name: 'NHSJob webhook secret (sandbox)',
			type: 'nhsJobWebhookApi',
			data: { webhookSecret: DEMO_NHSJOB_WEBHOOK_SECRET },
		},
	];
}
