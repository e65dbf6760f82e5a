import { HttpError } from '../core/httpError';

export interface JobtrainUser {
	readonly username: string;
	/** The API password generated in System Users (not a login password). */
	readonly apiPassword: string;
	/** Divisions the user's Security Role can see; null for all. */
	readonly divisionIds: number[] | null;
	/** Whether the Security Role may create candidates and applications. */
	readonly canApply: boolean;
}

export type TokenResponseShape = 'string' | 'accessToken' | 'token';

export interface JobtrainConfig {
	readonly clientId: string;
	readonly clientSecret: string;
	readonly users: JobtrainUser[];
	/** Jobtrain's tokens last 30 minutes. */
	readonly tokenLifetimeSeconds: number;
	/** The token as a bare JSON string (as the guide shows), `{access_token, expires_in}` or `{token}`. */
	readonly tokenResponse: TokenResponseShape;
	/** Sliding 60-second window per client ID. */
	readonly rateLimitPerMinute: number;
	/** Fields the client's application form makes mandatory; `cv` may be one of them. */
	readonly mandatoryApplicationFields: string[];
	/** Files of this size or more are refused with 413 ("must be less than 1MB"). */
	readonly maxFileBytes: number;
}

export const DEFAULT_JOBTRAIN_CONFIG: JobtrainConfig = {
	clientId: 'sandbox-jobtrain-client',
	clientSecret: 'sandbox-jobtrain-secret',
	users: [{ username: 'api.user', apiPassword: 'sandbox-jobtrain-api-password', divisionIds: null, canApply: true }],
	tokenLifetimeSeconds: 1800,
	tokenResponse: 'string',
	rateLimitPerMinute: 300,
	mandatoryApplicationFields: ['firstName', 'surname', 'email', 'cv'],
	maxFileBytes: 1024 * 1024,
};

export const APPLICATION_FIELDS = [
	'title', 'firstName', 'surname', 'email', 'phone', 'mobile', 'postcode',
	'addressLine1', 'addressLine2', 'town', 'county', 'country', 'source', 'cv', 'coverLetter',
] as const;

type Check = (value: unknown) => boolean;

const isPositiveInteger: Check = (value) => typeof value === 'number' && Number.isInteger(value) && value > 0;
const isText: Check = (value) => typeof value === 'string' && value.length > 0;

const isUser: Check = (value) => {
	if (typeof value !== 'object' || value === null) return false;
	const user = value as Record<string, unknown>;
	const divisions = user.divisionIds;
	return (
		isText(user.username) &&
		isText(user.apiPassword) &&
		(divisions === null || (Array.isArray(divisions) && divisions.every(isPositiveInteger))) &&
		typeof user.canApply === 'boolean'
	);
};

const RULES: Record<keyof JobtrainConfig, { check: Check; expected: string }> = {
	clientId: { check: isText, expected: 'a non-empty string' },
	clientSecret: { check: isText, expected: 'a non-empty string' },
	users: {
		check: (value) => Array.isArray(value) && value.length > 0 && value.every(isUser),
		expected: 'a non-empty array of {username, apiPassword, divisionIds: number[] | null, canApply: boolean}',
	},
	tokenLifetimeSeconds: { check: isPositiveInteger, expected: 'a positive integer' },
	tokenResponse: { check: (value) => ['string', 'accessToken', 'token'].includes(value as string), expected: '"string", "accessToken" or "token"' },
	rateLimitPerMinute: { check: isPositiveInteger, expected: 'a positive integer' },
	mandatoryApplicationFields: {
		check: (value) => Array.isArray(value) && value.every((field) => (APPLICATION_FIELDS as readonly string[]).includes(field as string)),
		expected: `an array of ${APPLICATION_FIELDS.join(', ')}`,
	},
	maxFileBytes: { check: isPositiveInteger, expected: 'a positive integer' },
};

/** Merges a partial config from the control API into `current`; throws HttpError 400 on unknown or bad keys. */
export function mergeJobtrainConfig(current: JobtrainConfig, patch: unknown): JobtrainConfig {
	if (patch === undefined) return current;
	if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
		throw new HttpError(400, { error: 'Invalid config: jobtrain must be an object.' });
	}
	const merged: Record<string, unknown> = { ...current };
	for (const [key, value] of Object.entries(patch)) {
		const rule = RULES[key as keyof JobtrainConfig];
		if (!rule) throw new HttpError(400, { error: `Invalid config: unknown jobtrain setting "${key}".` });
		if (!rule.check(value)) throw new HttpError(400, { error: `Invalid config: jobtrain.${key} must be ${rule.expected}.` });
		merged[key] = value;
	}
	return merged as unknown as JobtrainConfig;
}
