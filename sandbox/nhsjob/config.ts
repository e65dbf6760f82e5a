import { HttpError } from '../core/httpError';

export const NHSJOB_PERMISSIONS = ['read:jobs', 'write:applications', 'read:candidates', 'write:candidates'] as const;
export type NhsJobPermission = (typeof NHSJOB_PERMISSIONS)[number];

/** How `meta` describes a page: the published sample is cut off, so tests can try each plausible shape. */
export const META_STYLES = ['totals', 'hasMore', 'none'] as const;
export type MetaStyle = (typeof META_STYLES)[number];

export interface NhsJobConfig {
	/** Value expected in the X-API-Key header. */
	readonly apiKey: string;
	/** What the API key may do; NHSJob describes keys as read-only. */
	readonly apiKeyPermissions: readonly NhsJobPermission[];
	/** The registered OAuth 2.0 application. */
	readonly clientId: string;
	readonly clientSecret: string;
	readonly accessTokenTtlSeconds: number;
	/** The plan's limit (60, 300 or 1000 in production), per API key or OAuth client, over a sliding minute. */
	readonly rateLimitPerMinute: number;
	/** Largest `limit` a list accepts. */
	readonly maxPageSize: number;
	readonly metaStyle: MetaStyle;
}

export const DEFAULT_NHSJOB_CONFIG: NhsJobConfig = {
	apiKey: 'sandbox-nhsjob-key',
	apiKeyPermissions: ['read:jobs', 'read:candidates'],
	clientId: 'sandbox-nhsjob-client',
	clientSecret: 'sandbox-nhsjob-client-secret',
	accessTokenTtlSeconds: 3600,
	rateLimitPerMinute: 60,
	maxPageSize: 100,
	metaStyle: 'totals',
};

type Check = (value: unknown) => boolean;

const isPositiveInteger: Check = (value) => typeof value === 'number' && Number.isInteger(value) && value > 0;
const isText: Check = (value) => typeof value === 'string' && value.length > 0;

const RULES: Record<keyof NhsJobConfig, { check: Check; expected: string }> = {
	apiKey: { check: isText, expected: 'a non-empty string' },
	apiKeyPermissions: {
		check: (value) => Array.isArray(value) && value.every((entry) => (NHSJOB_PERMISSIONS as readonly unknown[]).includes(entry)),
		expected: `an array of ${NHSJOB_PERMISSIONS.join(', ')}`,
	},
	clientId: { check: isText, expected: 'a non-empty string' },
	clientSecret: { check: isText, expected: 'a non-empty string' },
	accessTokenTtlSeconds: { check: isPositiveInteger, expected: 'a positive integer' },
	rateLimitPerMinute: { check: isPositiveInteger, expected: 'a positive integer' },
	maxPageSize: { check: isPositiveInteger, expected: 'a positive integer' },
	metaStyle: { check: (value) => (META_STYLES as readonly unknown[]).includes(value), expected: `one of ${META_STYLES.join(', ')}` },
};

/** Merges a partial config from the control API into `current`; throws HttpError 400 on unknown or bad keys. */
export function mergeNhsJobConfig(current: NhsJobConfig, patch: unknown): NhsJobConfig {
	if (patch === undefined) return current;
	if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
		throw new HttpError(400, { error: 'Invalid config: nhsjob must be an object.' });
	}
	const merged: Record<string, unknown> = { ...current };
	for (const [key, value] of Object.entries(patch)) {
		const rule = RULES[key as keyof NhsJobConfig];
		if (!rule) throw new HttpError(400, { error: `Invalid config: unknown nhsjob setting "${key}".` });
		if (!rule.check(value)) throw new HttpError(400, { error: `Invalid config: nhsjob.${key} must be ${rule.expected}.` });
		merged[key] = value;
	}
	return merged as unknown as NhsJobConfig;
}
