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

/**
 * The bearer token the demo's MCP Server Trigger (examples/recruiting-mcp-server.json) expects from MCP clients. A
 * demo value, no provider's secret: replace it with a long random token of your own before exposing n8n.
 */
export const DEMO_MCP_BEARER_TOKEN = 'demo-mcp-token-replace-me-7c1d9a0e5b3f';

/** The credential the MCP Server Trigger checks clients' `Authorization: Bearer …` header against. */
export function mcpServerCredential(): CredentialSpec {
	return { name: 'MCP Server bearer token (demo)', type: 'httpBearerAuth', data: { token: DEMO_MCP_BEARER_TOKEN } };
}

/** Every credential the demo creates: the sandbox ones and the MCP server's. */
export function demoCredentials(sandboxUrl: string): CredentialSpec[] {
	return [...sandboxCredentials(sandboxUrl), mcpServerCredential()];
}
