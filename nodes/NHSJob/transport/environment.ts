import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { processesSharingProperty } from '../../shared/transport/processShare';

/** NHSJob's published API bases; the sandbox uses separate keys. */
export const NHSJOB_BASE_URLS = {
	production: 'https://api.nhsjob.net/v1',
	sandbox: 'https://sandbox-api.nhsjob.net/v1',
} as const;

/** Requests per minute of the plans NHSJob's pages name; an account may have another limit. */
export const NHSJOB_PLAN_LIMITS = [60, 300, 1000] as const;

/** The smallest named plan: the limit used when none (or no usable one) is set. */
export const DEFAULT_PLAN_LIMIT = NHSJOB_PLAN_LIMITS[0];

/**
 * Environment, custom base URL and plan rate limit: the same on the API-key and the OAuth2
 * credential, so both reach the same API under the same limit.
 */
export const environmentProperties: INodeProperties[] = [
	{
		displayName: 'Environment',
		name: 'environment',
		type: 'options',
		options: [
			{ name: 'Production', value: 'production', description: NHSJOB_BASE_URLS.production },
			{ name: 'Sandbox', value: 'sandbox', description: `${NHSJOB_BASE_URLS.sandbox} (separate keys)` },
			{ name: 'Custom Base URL', value: 'custom', description: 'Another address, e.g. a proxy or a test server' },
		],
		default: 'production',
	},
	{
		displayName: 'Base URL',
		name: 'baseUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://api.nhsjob.net/v1',
		displayOptions: { show: { environment: ['custom'] } },
		description: 'The API base including the version, without a trailing slash. Some NHSJob pages show /api/v1: use whichever your account was given.',
	},
	{
		displayName: 'Plan Rate Limit (Requests per Minute)',
		name: 'requestsPerMinute',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		default: DEFAULT_PLAN_LIMIT,
		description: `The request limit of your NHSJob plan, a whole number: NHSJob's plans allow ${NHSJOB_PLAN_LIMITS.join(', ')} requests per minute; enter what your account was given if it differs. n8n spaces requests so that all nodes using this credential stay within it.`,
	},
	processesSharingProperty,
];

/** The base URL a credential points at, as an n8n expression (for credential tests). */
export const BASE_URL_EXPRESSION = `={{ ($credentials.environment === 'custom' ? $credentials.baseUrl : ($credentials.environment === 'sandbox' ? '${NHSJOB_BASE_URLS.sandbox}' : '${NHSJOB_BASE_URLS.production}')).replace(/\\/+$/, '') }}`;

export function baseUrlOf(credentials: IDataObject): string {
	const environment = String(credentials.environment ?? 'production');
	if (environment === 'custom') return String(credentials.baseUrl ?? '').trim() || NHSJOB_BASE_URLS.production;
	return environment === 'sandbox' ? NHSJOB_BASE_URLS.sandbox : NHSJOB_BASE_URLS.production;
}

/**
 * The plan's requests per minute, a whole number of at least 1: 7 as saved now, or '300' as saved by earlier
 * versions (whose field held the plan as text); a fraction is rounded down. Else the smallest plan.
 */
export function planLimitOf(credentials: IDataObject): number {
	const value = credentials.requestsPerMinute;
	const limit = typeof value === 'number' || (typeof value === 'string' && value.trim() !== '') ? Math.floor(Number(value)) : NaN;
	return Number.isFinite(limit) && limit >= 1 ? limit : DEFAULT_PLAN_LIMIT;
}
