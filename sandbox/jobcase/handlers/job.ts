import { json } from '../../core/reply';
import type { SandboxRequest } from '../../core/request';
import type { JobcaseContext } from '../context';
import { MICROS_PER_DAY, nowMicros } from '../drf/datetime';
import type { FieldErrors } from '../drf/errorTree';
import { paginate, readPage } from '../drf/paging';
import { readRequestData } from '../drf/requestData';
import { notFound } from '../drf/responses';
import { requireValid, validateData } from '../drf/serializer';
import type { JobRecord } from '../records';
import { campaignMustExist, companyMustExist } from '../relations';
import { representJob } from '../represent';
import type { EndpointHandlers } from './endpointHandlers';
import { readJobListFilter } from './jobListFilter';
import { type JobUpdateInput, jobCreateSchema, jobUpdateSchema } from './jobSchema';

const DEFAULT_RUN_DAYS = 30;

export function jobHandlers(
	ctx: JobcaseContext,
): Pick<EndpointHandlers, 'createJob' | 'listJobs' | 'getJob' | 'updateJob'> {
	return {
		createJob: (req) => {
			const store = ctx.store();
			const input = requireValid(
				validateData(jobCreateSchema, readRequestData(req).data),
				(valid) => ({ ...companyMustExist(store, valid.companyId), ...campaignMustExist(store, valid.campaignId) }),
				endNotBeforeStart,
			);
			const postedAtMicros = nowMicros();
			const job: JobRecord = {
				id: store.ids.job.next(),
				partnerId: ctx.config().partnerId,
				...jobFields(input, postedAtMicros),
				jobStatus: 'Active',
				products: [...new Set(input.products)],
				postedAtMicros,
			};
			store.jobs.set(job.id, job);
			const campaign = input.campaignId == null ? undefined : store.campaigns.get(input.campaignId);
			if (campaign && !campaign.jobIds.includes(job.id)) campaign.jobIds.push(job.id);
			return json(201, representJob(job));
		},
		listJobs: (req) => {
			const filter = readJobListFilter(req.query, ctx.config().jobStatusAll);
			const page = readPage(req.query, ctx.config().maxPageSize, ctx.config().overMaxPageSize);
			const jobs = [...ctx.store().jobs.values()].filter(filter);
			return json(200, paginate(jobs, page, representJob));
		},
		getJob: (req) => json(200, representJob(findJob(ctx, req))),
		updateJob: (req) => {
			const job = findJob(ctx, req);
			const store = ctx.store();
			const input = requireValid(
				validateData(jobUpdateSchema, readRequestData(req).data, { rejectUnknown: true }),
				(valid) => companyMustExist(store, valid.companyId),
				endNotBeforeStart,
			);
			Object.assign(job, jobFields(input, job.postedAtMicros));
			return json(200, representJob(job));
		},
	};
}

export function findJob(ctx: JobcaseContext, req: SandboxRequest): JobRecord {
	const job = ctx.store().jobs.get(Number(req.params.jobId));
	if (!job) throw notFound();
	return job;
}

function endNotBeforeStart(input: JobUpdateInput): FieldErrors {
	return input.startDate && input.endDate && input.endDate.epochMicros < input.startDate.epochMicros
		? { non_field_errors: ['endDate must not be before startDate.'] }
		: {};
}

/** Start defaults to "immediate" (the posting time), end to 30 days after the start, as the reference says. */
function jobFields(input: JobUpdateInput, postedAtMicros: number) {
	const startMicros = input.startDate?.epochMicros ?? postedAtMicros;
	return {
		companyId: input.companyId,
		adNumber: input.adNumber,
		jobTitle: input.jobTitle,
		jobDescription: input.jobDescription,
		jobStreet: input.jobStreet ?? null,
		jobCity: input.jobCity,
		jobState: input.jobState,
		jobZipCode: input.jobZipCode,
		worktimeId: input.worktimeId,
		jobCategoryId: input.jobCategoryId,
		experienceId: input.experienceId,
		applyUrl: input.applyUrl ?? null,
		applyEmails: input.applyEmails,
		startDateMicros: startMicros,
		endDateMicros: input.endDate?.epochMicros ?? startMicros + DEFAULT_RUN_DAYS * MICROS_PER_DAY,
		isConfidential: input.isConfidential,
		jobAttributes: input.jobAttributes,
		applyActionType: input.applyActionType,
		resumeRequired: input.resumeRequired,
	};
}
