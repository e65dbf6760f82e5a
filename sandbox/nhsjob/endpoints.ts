import type { NhsJobPermission } from './config';

/**
 * Every NHSJob route the sandbox serves, in one table. `assumed` marks what NHSJob does not publish
 * (see providers.md); correct it in this one place.
 */
export interface NhsJobRoute {
	readonly method: 'GET' | 'POST';
	/** Relative to the host (the `/nhsjob` prefix); `:name(regex)` is a path parameter. */
	readonly path: string;
	/** Needed by API calls; OAuth routes authenticate the client instead. */
	readonly permission?: NhsJobPermission;
	readonly assumed?: 'path' | 'method';
}

/** Stands for the host `api.nhsjob.net`: the API lives under `/v1`, OAuth under `/oauth`. */
export const NHSJOB_PREFIX = '/nhsjob';
export const NHSJOB_API_BASE = '/v1';

export const NHSJOB_API_ROUTES = {
	listJobs: { method: 'GET', path: '/v1/jobs', permission: 'read:jobs' },
	getJob: { method: 'GET', path: '/v1/jobs/:jobId', permission: 'read:jobs', assumed: 'path' },
	submitApplication: { method: 'POST', path: '/v1/applications', permission: 'write:applications' },
	getCandidate: { method: 'GET', path: '/v1/candidates/:candidateId', permission: 'read:candidates', assumed: 'path' },
} as const satisfies Record<string, NhsJobRoute>;

export const NHSJOB_OAUTH_ROUTES = {
	authorize: { method: 'GET', path: '/oauth/authorize', assumed: 'path' },
	token: { method: 'POST', path: '/oauth/token', assumed: 'path' },
} as const satisfies Record<string, NhsJobRoute>;

export type NhsJobApiRouteName = keyof typeof NHSJOB_API_ROUTES;
