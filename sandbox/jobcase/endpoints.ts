/**
 * Every Jobcase endpoint the sandbox emulates, in one table. `assumed` says what Jobcase does not publish and
 * was chosen here (see providers.md); correct it in this one place.
 */
export interface EndpointSpec {
	readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
	/** Relative to the API base `/api/platform/v1`; `:name(regex)` is a path parameter. */
	readonly path: string;
	readonly assumed?: 'method' | 'path';
}

export const JOBCASE_PREFIX = '/jobcase/api/platform/v1';

const COMPANY = '/company/:companyId(\\d+)/';
const JOB = '/job/:jobId(\\d+)/';
const CAMPAIGN = '/campaign/:campaignId(\\d+)/';

export const JOBCASE_ENDPOINTS = {
	createCompany: { method: 'POST', path: '/company/' },
	listCompanies: { method: 'GET', path: '/company/' },
	getCompany: { method: 'GET', path: COMPANY },
	updateCompany: { method: 'PUT', path: COMPANY, assumed: 'method' },
	uploadCompanyLogo: { method: 'POST', path: `${COMPANY}logo/` },

	createJob: { method: 'POST', path: '/job/' },
	listJobs: { method: 'GET', path: '/job/' },
	getJob: { method: 'GET', path: JOB },
	updateJob: { method: 'PUT', path: JOB, assumed: 'method' },
	// The reference documents one call that "adds or removes products for a job": POST adds, DELETE removes.
	addJobProducts: { method: 'POST', path: `${JOB}products/`, assumed: 'path' },
	removeJobProducts: { method: 'DELETE', path: `${JOB}products/`, assumed: 'path' },
	expireJob: { method: 'POST', path: `${JOB}expire/` },
	unexpireJob: { method: 'POST', path: `${JOB}unexpire/` },

	createCampaign: { method: 'POST', path: '/campaign/', assumed: 'path' },
	listCampaigns: { method: 'GET', path: '/campaign/' },
	listCostData: { method: 'GET', path: '/campaign/cost_data/' },
	estimateCandidates: { method: 'POST', path: '/campaign/estimate/', assumed: 'path' },
	getCampaign: { method: 'GET', path: CAMPAIGN },
	updateCampaign: { method: 'PUT', path: CAMPAIGN, assumed: 'method' },

	listProducts: { method: 'GET', path: '/product/' },

	sendApplicationEvent: { method: 'POST', path: '/application_event/:jobSourceId/', assumed: 'path' },

	lookupCcpa: { method: 'GET', path: '/ccpa/' },
	requestCcpaPurge: { method: 'POST', path: '/ccpa/purge/', assumed: 'path' },

	submitResumeMatch: { method: 'POST', path: '/webhooks/resume/match/', assumed: 'path' },
	getResumeMatch: { method: 'GET', path: '/webhooks/resume/match/:key/' },
	submitExperienceMatch: { method: 'POST', path: '/webhooks/resume/experience_match/', assumed: 'path' },
} as const satisfies Record<string, EndpointSpec>;

export type JobcaseEndpointName = keyof typeof JOBCASE_ENDPOINTS;
