import { json } from '../../core/reply';
import { canSee, type AuthorizedRequest, type JobtrainContext } from '../context';
import { integerParameter, pageOf, queryValue, readPaging } from '../paging';
import { invalidFormat, notFound } from '../problems';
import type { JobRecord } from '../records';
import { jobView } from '../represent';
import type { EndpointHandlers } from './handlerTypes';

const ID_FILTERS: Array<[string, (job: JobRecord, ctx: JobtrainContext) => number | null]> = [
	['DivisionId', (job) => job.divisionId],
	['DepartmentId', (job) => job.departmentId],
	['LocationId', (job) => job.locationId],
	['RegionId', (job, ctx) => ctx.store().settings.locations.get(job.locationId)?.regionId ?? null],
	['JobCategoryId', (job) => job.jobCategoryId],
	['SalaryBandId', (job) => job.salaryBandId],
	['EmploymentTypeId', (job) => job.employmentTypeId],
	['JobLevelId', (job) => job.jobLevelId],
];

/**
 * The job list's sorting. Jobtrain's guide says the list takes sorting parameters without naming them; these
 * names and values are the ones the nodes assume (jobtrain.api.ts). Unknown fields or directions are 400.
 */
const SORT_FIELDS = new Map<string, (job: JobRecord) => number | string>([
	['ClosingDate', (job) => job.closingMs],
	['CreatedDate', (job) => job.createdMs],
	['UpdatedDate', (job) => job.updatedMs],
	['JobTitle', (job) => job.jobTitle],
	['JobId', (job) => job.jobId],
]);
const SORT_DIRECTIONS = new Map<string, 1 | -1>([
	['Asc', 1],
	['Desc', -1],
]);

function sortJobs(jobs: JobRecord[], req: AuthorizedRequest): JobRecord[] {
	const field = queryValue(req.query, 'SortBy');
	const directionText = queryValue(req.query, 'SortDirection');
	if (field === undefined || field === '') {
		if (directionText !== undefined && directionText !== '') throw invalidFormat('SortDirection needs SortBy.');
		return jobs;
	}
	const read = SORT_FIELDS.get(field);
	if (!read) throw invalidFormat(`The value '${field}' is not valid for SortBy: use ${[...SORT_FIELDS.keys()].join(', ')}.`);
	const direction = directionText === undefined || directionText === '' ? 1 : SORT_DIRECTIONS.get(directionText);
	if (direction === undefined) throw invalidFormat(`The value '${directionText}' is not valid for SortDirection: use Asc or Desc.`);
	// Ties keep the job id order, so pages do not overlap.
	return [...jobs].sort((a, b) => {
		const left = read(a);
		const right = read(b);
		const order = typeof left === 'string' ? left.localeCompare(String(right)) : left - Number(right);
		return order !== 0 ? order * direction : a.jobId - b.jobId;
	});
}

/** The job, when it exists and the caller's role can see it; 404 otherwise. */
export function visibleJob(ctx: JobtrainContext, req: AuthorizedRequest): JobRecord {
	const job = ctx.store().jobs.get(Number(req.params.jobId));
	if (!job || !canSee(req.user, job)) throw notFound(`Job ${req.params.jobId} does not exist.`);
	return job;
}

function filterJobs(ctx: JobtrainContext, req: AuthorizedRequest): JobRecord[] {
	const status = queryValue(req.query, 'Status');
	if (status !== undefined && status !== '' && !['open', 'closed'].includes(status.toLowerCase())) {
		throw invalidFormat(`The value '${status}' is not valid for Status: use Open or Closed.`);
	}
	const updatedFromText = queryValue(req.query, 'UpdatedFrom');
	const updatedFrom = updatedFromText ? Date.parse(updatedFromText) : undefined;
	if (updatedFrom !== undefined && Number.isNaN(updatedFrom)) {
		throw invalidFormat(`The value '${updatedFromText}' is not valid for UpdatedFrom: use an ISO 8601 date.`);
	}
	const idFilters = ID_FILTERS.map(([name, read]) => [integerParameter(req.query, name), read] as const).filter(([value]) => value !== undefined);
	return [...ctx.store().jobs.values()].filter(
		(job) =>
			canSee(req.user, job) &&
			(!status || job.status.toLowerCase() === status.toLowerCase()) &&
			(updatedFrom === undefined || job.updatedMs >= updatedFrom) &&
			idFilters.every(([value, read]) => read(job, ctx) === value),
	);
}

export function jobHandlers(ctx: JobtrainContext): Pick<EndpointHandlers, 'listJobs' | 'getJob'> {
	return {
		listJobs: (req) => {
			const paging = readPaging(req.query);
			const store = ctx.store();
			return json(200, pageOf(sortJobs(filterJobs(ctx, req), req), paging, 'jobs', (job) => jobView(store, job)));
		},
		getJob: (req) => json(200, jobView(ctx.store(), visibleJob(ctx, req))),
	};
}
