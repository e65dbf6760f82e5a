/**
 * Every Jobtrain endpoint the sandbox emulates, in one table. Jobtrain publishes only the token call
 * (`/connect/token`); every other path is assumed (see providers.md) and chosen here.
 */
export interface EndpointSpec {
	readonly method: 'GET' | 'POST';
	/** Relative to the API base; `:name(regex)` is a path parameter. */
	readonly path: string;
	readonly assumed?: true;
}

export const JOBTRAIN_PREFIX = '/jobtrain/api';

const ID = '(\\d+)';
const APPLICATION = `/jobs/:jobId${ID}/candidates/:candidateId${ID}`;

export const JOBTRAIN_ENDPOINTS = {
	token: { method: 'POST', path: '/connect/token' },
	listJobs: { method: 'GET', path: '/jobs', assumed: true },
	getJob: { method: 'GET', path: `/jobs/:jobId${ID}`, assumed: true },
	listJobCandidates: { method: 'GET', path: `/jobs/:jobId${ID}/candidates`, assumed: true },
	applyToJob: { method: 'POST', path: `/jobs/:jobId${ID}/applications`, assumed: true },
	getApplication: { method: 'GET', path: APPLICATION, assumed: true },
	getApplicationStatus: { method: 'GET', path: `${APPLICATION}/status`, assumed: true },
	getCv: { method: 'GET', path: `${APPLICATION}/cv`, assumed: true },
	getCoverLetter: { method: 'GET', path: `${APPLICATION}/coverletter`, assumed: true },
	exportApplications: { method: 'GET', path: '/export/applications', assumed: true },
	listDivisions: { method: 'GET', path: '/settings/divisions', assumed: true },
	createDivision: { method: 'POST', path: '/settings/divisions', assumed: true },
	listDepartments: { method: 'GET', path: '/settings/departments', assumed: true },
	createDepartment: { method: 'POST', path: '/settings/departments', assumed: true },
	listLocations: { method: 'GET', path: '/settings/locations', assumed: true },
	createLocation: { method: 'POST', path: '/settings/locations', assumed: true },
	listRegions: { method: 'GET', path: '/settings/regions', assumed: true },
	listJobCategories: { method: 'GET', path: '/settings/jobcategories', assumed: true },
	listSalaryBands: { method: 'GET', path: '/settings/salarybands', assumed: true },
	listEmploymentTypes: { method: 'GET', path: '/settings/employmenttypes', assumed: true },
	listJobLevels: { method: 'GET', path: '/settings/joblevels', assumed: true },
} as const satisfies Record<string, EndpointSpec>;

export type JobtrainEndpointName = keyof typeof JOBTRAIN_ENDPOINTS;
