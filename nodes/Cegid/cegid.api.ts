import { shareOfLimit } from '../shared/transport/processShare';
import { DEFAULT_RETRY } from '../shared/transport/retryPolicy';
import type { EndpointDefinition, ProviderConfig } from '../shared/transport/types';

/**
 * Every Cegid Digital Recruiting (Talentsoft) endpoint the nodes call, below the client's own base URL
 * (`https://<client>.talent-soft.com`). Paths come from Cegid's Matching Indexation guide or from
 * production connectors unless marked `assumed` (see the README's table).
 */
export const cegidEndpoints = {
	token: { method: 'POST', path: '/api/token' },
	// The guide names the exports only: their paging, filter and attachment parameters come from production code.
	vacancyExport: { method: 'GET', path: '/api/exports/v1/vacancies', assumedQuery: ['offset', 'limit', 'filter'] },
	candidateExport: { method: 'GET', path: '/api/exports/v1/candidates', assumedQuery: ['offset', 'limit', 'filter', 'attachmenttype'] },
	// A report restates the indexing status of the items it names, so sending it twice changes nothing.
	reportSubmit: { method: 'POST', path: '/api/exports/v1/reports', idempotent: true },
	// The guide gives referentials at `/api/v1/…` and at `/api/referentials/…`, and webhooks at `/api/v1/system/…` and
	// `/api/system/v1/…`: each endpoint tries its worked example's form first, then the other on a 404 (remembered per credential).
	referentialList: { method: 'GET', path: '/api/v1/referentials/{category}', alternate: { path: '/api/referentials/{category}', family: 'cegid:referentialList' } },
	referentialTranslations: {
		method: 'GET',
		path: '/api/referentials/{category}/{itemId}/translations',
		alternate: { path: '/api/v1/referentials/{category}/{itemId}/translations', family: 'cegid:referentialTranslations' },
	},
	referentialTranslation: {
		method: 'GET',
		path: '/api/referentials/{category}/{itemId}/translations/{languageCode}',
		alternate: { path: '/api/v1/referentials/{category}/{itemId}/translations/{languageCode}', family: 'cegid:referentialTranslations' },
	},
	webhookCreate: { method: 'POST', path: '/api/system/v1/webhooks', alternate: { path: '/api/v1/system/webhooks', family: 'cegid:webhooks' } },
	webhookDelete: {
		method: 'DELETE',
		path: '/api/system/v1/webhooks/{hookId}',
		alternate: { path: '/api/v1/system/webhooks/{hookId}', family: 'cegid:webhooks' },
	},
	webhookList: { method: 'GET', path: '/api/system/v1/webhooks', assumed: true, alternate: { path: '/api/v1/system/webhooks', family: 'cegid:webhooks' } },
} satisfies Record<string, EndpointDefinition>;

export type CegidEndpoint = keyof typeof cegidEndpoints;

/**
 * Shapes, parameters and headers Cegid does not publish, chosen here and relied on by the nodes. Each
 * is one place to correct if the real API differs.
 */
export const cegidAssumptions = {
	filterSeparator: {
		assumed: true,
		value: '|',
		why: 'Several export filters are joined with "|"; seen on Talentsoft’s back-office vacancy API, not documented for exports',
	},
	allAttachmentsType: {
		assumed: true,
		value: 'all',
		why: 'attachmenttype=resume is documented by production code; "all" for every attachment is our guess',
	},
	webhookListShape: {
		assumed: true,
		value: '{"data": [{"hookId", "event", "callbackUrl", "pingUrl"}]} or a bare array',
		why: 'Listing subscriptions is not documented',
	},
	batchedDeliveryShape: {
		assumed: true,
		value: 'a JSON array of event objects, or one event object',
		why: 'Cegid batches deliveries every 15 minutes; the body of a batch is not published',
	},
	pingMethod: { assumed: true, value: 'GET or POST', why: 'The method of a ping call is not published; both are answered' },
	applicationEventFields: {
		assumed: true,
		value: '{"event_type": "application_event_new", "applicantId", "vacancyReference"}',
		why: 'Only the event name is documented',
	},
	translationShape: { assumed: true, value: 'returned as received', why: 'The translation body is not published' },
	resumeFlag: {
		assumed: true,
		value: 'isResume: true on the attachment',
		why: 'Resumes keeps only attachments the applicant detail marks isResume (as in production samples), whatever else the server sends',
	},
	jsonExport: {
		assumed: true,
		value: 'a JSON array (or {"data": [...]}) of {"offerDetail": {...}} / applicant details; attachment files as base64 in "content"',
		why: 'The guide says the APIs speak JSON, production sees length-prefixed ZIP archives; both are read, the JSON shape is our guess',
	},
	maxReportItems: { assumed: true, value: 100, why: 'No maximum is published; reports are sent in batches of this size by default' },
} as const;

/** Production connectors page exports 100 records at a time; no larger maximum is published. */
export const CEGID_EXPORT_PAGE_SIZE = 100;

export const CEGID_DEFAULT_REQUESTS_PER_MINUTE = 300;

export const cegid: ProviderConfig<CegidEndpoint> = {
	displayName: 'Cegid Recruiting',
	credentialType: 'cegidRecruitingApi',
	endpoints: cegidEndpoints,
	maxPageSize: CEGID_EXPORT_PAGE_SIZE,
	retry: DEFAULT_RETRY,
	renewsTokenOn401: true,
	tokenProperty: 'accessToken',
	readCredentials: (credentials) => ({
		baseUrl: String(credentials.baseUrl ?? '').trim(),
		secrets: [String(credentials.clientSecret ?? ''), String(credentials.accessToken ?? '')],
		requestsPerMinute: shareOfLimit(
			Number(credentials.requestsPerMinute) > 0 ? Number(credentials.requestsPerMinute) : CEGID_DEFAULT_REQUESTS_PER_MINUTE,
			credentials,
		),
		settings: { clientId: String(credentials.clientId ?? '') },
	}),
	errorHints: {
		400: 'Cegid refused the request as invalid: check the fields and the filter named above.',
		401: 'Check the Client ID, Client Secret and Scope in the Cegid Recruiting credential; Cegid issues them per partner and per environment.',
		403: 'The credential’s scope does not allow this call: ask your Cegid technical consultant to grant it, or try the other scope.',
		404: 'Check the Base URL of the credential and the ID: Cegid has no such record for this client.',
		429: 'Cegid asks partners to keep API calls to a minimum: lower "Requests per Minute" in the credential or spread the work over time.',
	},
};
