/**
 * Every Cegid endpoint the sandbox emulates, relative to the client's site (here mounted at `/cegid`).
 * `assumed` marks what Cegid does not publish and was chosen here (see providers.md).
 */
export interface EndpointSpec {
	readonly method: 'GET' | 'POST' | 'DELETE';
	/** `:name(regex)` is a path parameter. */
	readonly path: string;
	readonly assumed?: 'path' | 'shape';
}

export const CEGID_PREFIX = '/cegid';

export const CEGID_ENDPOINTS = {
	requestToken: { method: 'POST', path: '/api/token' },
	exportVacancies: { method: 'GET', path: '/api/exports/v1/vacancies' },
	exportCandidates: { method: 'GET', path: '/api/exports/v1/candidates' },
	submitReport: { method: 'POST', path: '/api/exports/v1/reports' },
	listReferential: { method: 'GET', path: '/api/v1/referentials/:category' },
	listTranslations: { method: 'GET', path: '/api/referentials/:category/:itemId/translations', assumed: 'shape' },
	getTranslation: { method: 'GET', path: '/api/referentials/:category/:itemId/translations/:languageCode', assumed: 'shape' },
	createWebhook: { method: 'POST', path: '/api/system/v1/webhooks' },
	listWebhooks: { method: 'GET', path: '/api/system/v1/webhooks', assumed: 'path' },
	deleteWebhook: { method: 'DELETE', path: '/api/system/v1/webhooks/:hookId' },
} as const satisfies Record<string, EndpointSpec>;

export type CegidEndpointName = keyof typeof CEGID_ENDPOINTS;
