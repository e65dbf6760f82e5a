import { shareOfLimit } from '../shared/transport/processShare';
import { DEFAULT_RETRY } from '../shared/transport/retryPolicy';
import type { EndpointDefinition, ProviderConfig } from '../shared/transport/types';

/**
 * Every Jobtrain endpoint the nodes call. Jobtrain publishes only the token call; every other path is
 * our best guess (`assumed: true`) until your partnership documentation says otherwise: correct it
 * here, in one place, or reach any endpoint through the Custom API Call operation.
 */
export const jobtrainEndpoints = {
	jobList: { method: 'GET', path: '/jobs', assumed: true },
	jobGet: { method: 'GET', path: '/jobs/{jobId}', assumed: true, record: 'jobId' },
	jobCandidates: { method: 'GET', path: '/jobs/{jobId}/candidates', assumed: true },
	applicationDetail: { method: 'GET', path: '/jobs/{jobId}/candidates/{candidateId}', assumed: true, record: 'applicationId' },
	applicationStatus: { method: 'GET', path: '/jobs/{jobId}/candidates/{candidateId}/status', assumed: true, record: 'status' },
	applicationCv: { method: 'GET', path: '/jobs/{jobId}/candidates/{candidateId}/cv', assumed: true },
	applicationCoverLetter: { method: 'GET', path: '/jobs/{jobId}/candidates/{candidateId}/coverletter', assumed: true },
	// Not idempotent: after an ambiguous failure a repeat could meet the 409 uniqueness rule instead of the result.
	candidateApply: { method: 'POST', path: '/jobs/{jobId}/applications', assumed: true },
	applicationChanges: { method: 'GET', path: '/export/applications', assumed: true },
	divisionList: { method: 'GET', path: '/settings/divisions', assumed: true },
	divisionCreate: { method: 'POST', path: '/settings/divisions', assumed: true },
	departmentList: { method: 'GET', path: '/settings/departments', assumed: true },
	departmentCreate: { method: 'POST', path: '/settings/departments', assumed: true },
	locationList: { method: 'GET', path: '/settings/locations', assumed: true },
	locationCreate: { method: 'POST', path: '/settings/locations', assumed: true },
	regionList: { method: 'GET', path: '/settings/regions', assumed: true },
	jobCategoryList: { method: 'GET', path: '/settings/jobcategories', assumed: true },
	salaryBandList: { method: 'GET', path: '/settings/salarybands', assumed: true },
	employmentTypeList: { method: 'GET', path: '/settings/employmenttypes', assumed: true },
	jobLevelList: { method: 'GET', path: '/settings/joblevels', assumed: true },
} satisfies Record<string, EndpointDefinition>;

export type JobtrainEndpoint = keyof typeof jobtrainEndpoints;

/** The token call is published by Jobtrain; it is made by the credential, not through the table. */
export const JOBTRAIN_TOKEN_PATH = '/connect/token';

/**
 * Query parameter names. `PageNo` and `PageSize` are published, spelled exactly so; the job filters and the
 * job list's sorting (the guide says the list takes sorting parameters, not their names) are assumed.
 */
export const jobtrainQuery = {
	pageNo: 'PageNo',
	pageSize: 'PageSize',
	jobUpdatedFrom: 'UpdatedFrom',
	jobStatus: 'Status',
	jobDivision: 'DivisionId',
	jobDepartment: 'DepartmentId',
	jobLocation: 'LocationId',
	jobRegion: 'RegionId',
	jobCategory: 'JobCategoryId',
	jobSalaryBand: 'SalaryBandId',
	jobEmploymentType: 'EmploymentTypeId',
	jobLevel: 'JobLevelId',
	jobSortBy: 'SortBy',
	jobSortDirection: 'SortDirection',
} as const;

/** Values of the job list's `SortBy` (assumed): the job fields a list can be ordered by. */
export const jobtrainJobSortFields = {
	closingDate: 'ClosingDate',
	createdDate: 'CreatedDate',
	updatedDate: 'UpdatedDate',
	jobTitle: 'JobTitle',
	jobId: 'JobId',
} as const;

/** Values of the job list's `SortDirection` (assumed). */
export const jobtrainSortDirections = { ascending: 'Asc', descending: 'Desc' } as const;

/** Names of the fields the nodes read from Jobtrain records (assumed; the trigger depends on them). */
export const jobtrainFields = {
	jobId: 'jobId',
	jobStatus: 'status',
	jobCreated: 'createdDate',
	jobUpdated: 'updatedDate',
	applicationId: 'applicationId',
	applicationCandidateId: 'candidateId',
	applicationJobId: 'jobId',
	applicationStatus: 'status',
	applicationStatusChanged: 'statusChangedDate',
	statusHistory: 'statusHistory',
	historyStatus: 'status',
	historyChanged: 'changedDate',
	cv: 'cv',
	coverLetter: 'coverLetter',
} as const;

/** Create and Apply sends multipart/form-data: the candidate's fields as text parts and these files (assumed). */
export const jobtrainApplyFiles = { cv: 'cv', coverLetter: 'coverLetter' } as const;

/** Published: "CVs and files must be less than 1MB". */
export const JOBTRAIN_MAX_FILE_BYTES = 1024 * 1024;

/** Published: the page size is 20 by default and at most 100. */
export const JOBTRAIN_MAX_PAGE_SIZE = 100;

export const DEFAULT_REQUESTS_PER_MINUTE = 120;

export const jobtrain: ProviderConfig<JobtrainEndpoint> = {
	displayName: 'Jobtrain',
	credentialType: 'jobtrainApi',
	endpoints: jobtrainEndpoints,
	maxPageSize: JOBTRAIN_MAX_PAGE_SIZE,
	retry: DEFAULT_RETRY,
	renewsTokenOn401: true,
	tokenProperty: 'accessToken',
	readCredentials: (credentials) => ({
		baseUrl: String(credentials.baseUrl ?? ''),
		secrets: [credentials.clientSecret, credentials.apiPassword, credentials.accessToken]
			.filter((value) => typeof value === 'string' && value !== '')
			.map(String),
		requestsPerMinute: shareOfLimit(
			Number(credentials.requestsPerMinute) > 0 ? Number(credentials.requestsPerMinute) : DEFAULT_REQUESTS_PER_MINUTE,
			credentials,
		),
	}),
	// Jobtrain's own explanations of its status codes, with what to do about each.
	errorHints: {
		400: 'Invalid format: Jobtrain cannot understand the data sent (wrong data types, missing or incomplete fields, or badly formatted values). Double-check the fields and their format.',
		401: 'Access denied: Jobtrain gives three reasons: an expired session, invalid credentials, or insufficient privileges. A fresh token was already tried, so check the Client ID, Client Secret, Username and API Password (generated in System Users, not the login password; generating a new one invalidates the old), and that the Jobtrain user’s Security Role has the permission for this call.',
		403: 'Authentication failure: you do not have the necessary permissions to access this resource. Check that the credential holds the right authentication details (Client ID, Client Secret, Username, API Password) and that the Jobtrain user’s Security Role grants access to it; ask a Jobtrain administrator.',
		404: 'Job or application data does not exist: check the ID and that the job or application still exists in Jobtrain and is visible to this user.',
		408: 'Request timeout: Jobtrain did not receive the complete request in time. Run the node again; if it persists, check the network.',
		409: 'Duplicate data: each Jobtrain candidate must have a unique email address, AND first name + surname + postcode must be unique. Look up the existing candidate or correct the details.',
		410: 'Job closed: the job no longer accepts applications or changes. Choose an open job.',
		413: 'Files are too large: CVs and files must be less than 1 MB. Compress the file or send a smaller one.',
		422: 'Mandatory field missing: a required field is blank or invalid. Fill in every field your Jobtrain application form makes mandatory, with valid values.',
		429: 'Too many requests: lower "Requests per Minute" in the Jobtrain credential or spread the work over time.',
		500: 'Jobtrain could not process the request. Repeat it; if the error persists, wait and try later or contact Jobtrain support.',
		503: 'Jobtrain is in maintenance or overloaded. Reads were retried; try again after a few minutes, and contact Jobtrain support if it persists.',
	},
};
