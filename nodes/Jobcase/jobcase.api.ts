import { shareOfLimit } from '../shared/transport/processShare';
import { DEFAULT_RETRY } from '../shared/transport/retryPolicy';
import type { EndpointDefinition, ProviderConfig } from '../shared/transport/types';

/**
 * Every Jobcase endpoint the node calls. Paths are from Jobcase's reference unless marked
 * `assumed`: those the reference names without a path or method (see the README's table).
 */
export const jobcaseEndpoints = {
	// The reference describes creating a company and a job but shows no method or path for either (its samples
	// show only the GET of the same collection): POST to the collection is our reading.
	companyCreate: { method: 'POST', path: '/company/', assumed: true },
	companyList: { method: 'GET', path: '/company/' },
	companyGet: { method: 'GET', path: '/company/{companyId}/', record: 'id' },
	companyUpdate: { method: 'PUT', path: '/company/{companyId}/', assumed: true },
	companyLogo: { method: 'POST', path: '/company/{companyId}/logo/', idempotent: true },
	jobCreate: { method: 'POST', path: '/job/', assumed: true },
	jobList: { method: 'GET', path: '/job/' },
	jobGet: { method: 'GET', path: '/job/{jobId}/', record: 'id' },
	jobUpdate: { method: 'PUT', path: '/job/{jobId}/', assumed: true },
	// One documented call "adds or removes products for a job" with a body of product codes; we read it as POST to
	// add and DELETE to remove. Removing is safe to repeat (a product already gone stays gone, nothing is bought).
	// Adding is not marked safe: the reference calls products codes "to fulfill" (each has a runtime) and does not
	// say that adding one the job already has is a no-op, so a timed-out add is reported, not sent again.
	jobProductsAdd: { method: 'POST', path: '/job/{jobId}/products/', assumed: true, idempotent: false },
	jobProductsRemove: { method: 'DELETE', path: '/job/{jobId}/products/', assumed: true, idempotent: true },
	jobExpire: { method: 'POST', path: '/job/{jobId}/expire/', idempotent: true },
	jobUnexpire: { method: 'POST', path: '/job/{jobId}/unexpire/', idempotent: true },
	campaignCreate: { method: 'POST', path: '/campaign/', assumed: true },
	campaignList: { method: 'GET', path: '/campaign/' },
	campaignGet: { method: 'GET', path: '/campaign/{campaignId}/', record: 'id' },
	// Not idempotent: a repeated update would add the budget twice.
	campaignUpdate: { method: 'PUT', path: '/campaign/{campaignId}/', assumed: true, idempotent: false },
	campaignCostData: { method: 'GET', path: '/campaign/cost_data/' },
	campaignEstimate: { method: 'POST', path: '/campaign/estimate/', assumed: true, idempotent: true, record: true },
	productList: { method: 'GET', path: '/product/' },
	applicationEventSend: { method: 'POST', path: '/application_event/{jobSourceId}/', assumed: true },
	ccpaGet: { method: 'GET', path: '/ccpa/', record: 'model' },
	ccpaPurge: { method: 'POST', path: '/ccpa/purge/', assumed: true, idempotent: true },
	matchSubmit: { method: 'POST', path: '/webhooks/resume/match/', assumed: true },
	matchGet: { method: 'GET', path: '/webhooks/resume/match/{key}/', record: 'key' },
	experienceMatchSubmit: { method: 'POST', path: '/webhooks/resume/experience_match/', assumed: true, idempotent: true },
} satisfies Record<string, EndpointDefinition>;

export type JobcaseEndpoint = keyof typeof jobcaseEndpoints;

/** Records per page Jobcase documents ("100 per page by default"); the size used once a larger one is refused. */
export const JOBCASE_DOCUMENTED_PAGE_SIZE = 100;
/** Records per page asked for: Jobcase publishes no maximum. */
export const JOBCASE_LARGE_PAGE_SIZE = 1000;

export const JOBCASE_RESUME_MAX_BYTES = 5 * 1024 * 1024;
export const JOBCASE_MAX_JOBS_PER_CAMPAIGN = 500;

export const jobcase: ProviderConfig<JobcaseEndpoint> = {
	displayName: 'Jobcase',
	credentialType: 'jobcaseApi',
	endpoints: jobcaseEndpoints,
	// The reference pages lists 100 per page "by default" and publishes no maximum: larger pages are asked for, and a
	// server that caps or refuses them is handled where lists are read (transport/listPage.ts).
	maxPageSize: JOBCASE_LARGE_PAGE_SIZE,
	retry: DEFAULT_RETRY,
	readCredentials: (credentials) => ({
		baseUrl: String(credentials.baseUrl || 'https://platform-api.partners.jobcase.com/api/platform/v1'),
		secrets: [String(credentials.apiKey ?? '')],
		requestsPerMinute: shareOfLimit(Number(credentials.requestsPerMinute) > 0 ? Number(credentials.requestsPerMinute) : 200, credentials),
		settings: { partnerId: Number(credentials.partnerId) },
	}),
	errorHints: {
		401: 'Check the API key in the Jobcase credential.',
		403: 'The API key may not act for this partner: check the Partner ID in the credential.',
		404: 'Check the ID: Jobcase has no such record for this partner.',
		413: 'Resumes must be at most 5 MB.',
		429: 'Jobcase allows about 200 requests per minute (and 50 candidate estimates per day). Lower "Requests per Minute" in the credential or ask Jobcase for a higher limit.',
	},
	// A 404 on a path without an ID (e.g. GET /job/) means the path itself is wrong, not the record.
	endpointNotFoundHint:
		'The endpoint was not found: check the Base URL in the credential (Jobcase’s ends in /api/platform/v1: https://platform-api.partners.jobcase.com/api/platform/v1).',
};
