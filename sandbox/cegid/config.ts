import { HttpError } from '../core/httpError';

export type ZipCompression = 'mixed' | 'deflate' | 'store';

/**
 * Which form of the paths the guide writes two ways this site serves (the other answers 404):
 * `example` as its worked examples (webhooks `/api/system/v1/…`, referential lists `/api/v1/referentials/…`,
 * translations `/api/referentials/…`); `availability` as its Availability section (everything under `/api/v1/`:
 * `/api/v1/system/…`, `/api/v1/referentials/…`); `swapped` the other form of every one of them.
 */
export type CegidPathStyle = 'example' | 'availability' | 'swapped';

export interface CegidConfig {
	/** Accepted by `POST /api/token`, and sent as `client_id` on webhook deliveries. */
	readonly clientId: string;
	/** Accepted by `POST /api/token`; keys the HMAC-SHA1 of webhook deliveries. */
	readonly clientSecret: string;
	/** `expires_in` of new tokens; a token is refused (401) once it has passed. */
	readonly tokenLifetimeSeconds: number;
	/** Calls allowed per client in any window of `rateWindowSeconds`; beyond it, 429 with Retry-After. */
	readonly rateLimitPerWindow: number;
	readonly rateWindowSeconds: number;
	/** Largest `limit` an export honours; larger ones are clamped. */
	readonly maxPageSize: number;
	/** How ZIP entries are written: alternating stored/deflated per record, or all one way. */
	readonly zipCompression: ZipCompression;
	/** Answer webhook creation with `{"data": {"hookId"}}` (seen in production) instead of `{"hookId"}` (documented). */
	readonly hookIdEnvelope: boolean;
	/** How long a delivery's signature stays valid (X-TS-REC-Expires = now + this). */
	readonly deliveryExpirySeconds: number;
	/** Percent-encode `+` in the signature; Cegid sends it raw, so receivers see a space. */
	readonly encodePlusInSignature: boolean;
	/** Method of ping calls (not published). */
	readonly pingMethod: 'GET' | 'POST';
	/** Exports as length-prefixed ZIP archives (production) or as JSON (what the guide says of every API). */
	readonly exportFormat: 'binary' | 'json';
	/** JSON exports as `{"data": [...]}` rather than a bare array. */
	readonly jsonExportEnvelope: boolean;
	readonly pathStyle: CegidPathStyle;
	/** Send every attachment's file whatever `attachmenttype` asks (a server that ignores it). */
	readonly ignoreAttachmentType: boolean;
}

export const DEFAULT_CEGID_CONFIG: CegidConfig = {
	clientId: 'sandbox-cegid-client',
	clientSecret: 'sandbox-cegid-secret',
	tokenLifetimeSeconds: 1199,
	rateLimitPerWindow: 600,
	rateWindowSeconds: 60,
	maxPageSize: 100,
	zipCompression: 'mixed',
	hookIdEnvelope: true,
	deliveryExpirySeconds: 300,
	encodePlusInSignature: false,
	pingMethod: 'POST',
	exportFormat: 'binary',
	jsonExportEnvelope: false,
	pathStyle: 'example',
	ignoreAttachmentType: false,
};

type Check = (value: unknown) => boolean;

const isPositiveInteger: Check = (value) => typeof value === 'number' && Number.isInteger(value) && value > 0;
const isNonEmptyString: Check = (value) => typeof value === 'string' && value.length > 0;
const isBoolean: Check = (value) => typeof value === 'boolean';

const RULES: Record<keyof CegidConfig, { check: Check; expected: string }> = {
	clientId: { check: isNonEmptyString, expected: 'a non-empty string' },
	clientSecret: { check: isNonEmptyString, expected: 'a non-empty string' },
	tokenLifetimeSeconds: { check: isPositiveInteger, expected: 'a positive integer' },
	rateLimitPerWindow: { check: isPositiveInteger, expected: 'a positive integer' },
	rateWindowSeconds: { check: isPositiveInteger, expected: 'a positive integer' },
	maxPageSize: { check: isPositiveInteger, expected: 'a positive integer' },
	zipCompression: { check: (value) => value === 'mixed' || value === 'deflate' || value === 'store', expected: '"mixed", "deflate" or "store"' },
	hookIdEnvelope: { check: isBoolean, expected: 'a boolean' },
	deliveryExpirySeconds: { check: isPositiveInteger, expected: 'a positive integer' },
	encodePlusInSignature: { check: isBoolean, expected: 'a boolean' },
	pingMethod: { check: (value) => value === 'GET' || value === 'POST', expected: '"GET" or "POST"' },
	exportFormat: { check: (value) => value === 'binary' || value === 'json', expected: '"binary" or "json"' },
	jsonExportEnvelope: { check: isBoolean, expected: 'a boolean' },
	pathStyle: { check: (value) => value === 'example' || value === 'availability' || value === 'swapped', expected: '"example", "availability" or "swapped"' },
	ignoreAttachmentType: { check: isBoolean, expected: 'a boolean' },
};

/** Merges a partial config from the control API into `current`; throws HttpError 400 on unknown or bad keys. */
export function mergeCegidConfig(current: CegidConfig, patch: unknown): CegidConfig {
	if (patch === undefined) return current;
	if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
		throw new HttpError(400, { error: 'Invalid config: cegid must be an object.' });
	}
	const merged: Record<string, unknown> = { ...current };
	for (const [key, value] of Object.entries(patch)) {
		const rule = RULES[key as keyof CegidConfig];
		if (!rule) throw new HttpError(400, { error: `Invalid config: unknown cegid setting "${key}".` });
		if (!rule.check(value)) throw new HttpError(400, { error: `Invalid config: cegid.${key} must be ${rule.expected}.` });
		merged[key] = value;
	}
	return merged as unknown as CegidConfig;
}
