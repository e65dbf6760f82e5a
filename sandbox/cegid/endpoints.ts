import type { CegidPathStyle } from './config';

/**
 * Every Cegid endpoint the sandbox emulates, relative to the client's site (here mounted at `/cegid`).
 * `assumed` marks what Cegid does not publish and was chosen here (see providers.md).
 */
export interface EndpointSpec {
	readonly method: 'GET' | 'POST' | 'DELETE';
	/** `:name(regex)` is a path parameter. */
	readonly path: string;
	readonly assumed?: 'path' | 'shape';
	/** The other form the guide gives for this path; which one a site serves is `pathStyle`. */
	readonly otherForm?: string;
}

export const CEGID_PREFIX = '/cegid';

export const CEGID_ENDPOINTS = {
	requestToken: { method: 'POST', path: '/api/token' },
	exportVacancies: { method: 'GET', path: '/api/exports/v1/vacancies' },
	exportCandidates: { method: 'GET', path: '/api/exports/v1/candidates' },
	submitReport: { method: 'POST', path: '/api/exports/v1/reports' },
	// `path` is the form of the guide's worked example, `otherForm` the one it also gives.
	listReferential: { method: 'GET', path: '/api/v1/referentials/:category', otherForm: '/api/referentials/:category' },
	listTranslations: {
		method: 'GET',
		path: '/api/referentials/:category/:itemId/translations',
		otherForm: '/api/v1/referentials/:category/:itemId/translations',
		assumed: 'shape',
	},
	getTranslation: {
		method: 'GET',
		path: '/api/referentials/:category/:itemId/translations/:languageCode',
		otherForm: '/api/v1/referentials/:category/:itemId/translations/:languageCode',
		assumed: 'shape',
	},
	createWebhook: { method: 'POST', path: '/api/system/v1/webhooks', otherForm: '/api/v1/system/webhooks' },
	listWebhooks: { method: 'GET', path: '/api/system/v1/webhooks', otherForm: '/api/v1/system/webhooks', assumed: 'path' },
	deleteWebhook: { method: 'DELETE', path: '/api/system/v1/webhooks/:hookId', otherForm: '/api/v1/system/webhooks/:hookId' },
} as const satisfies Record<string, EndpointSpec>;

export type CegidEndpointName = keyof typeof CEGID_ENDPOINTS;

/** The path a site of `style` serves for `endpoint` (see CegidPathStyle). */
export function servedPath(endpoint: EndpointSpec, style: CegidPathStyle): string {
	if (!endpoint.otherForm || style === 'example') return endpoint.path;
	if (style === 'swapped') return endpoint.otherForm;
	return endpoint.path.startsWith('/api/v1/') ? endpoint.path : endpoint.otherForm;
}
