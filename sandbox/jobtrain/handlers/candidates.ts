import { bytes, json } from '../../core/reply';
import type { AuthorizedRequest, JobtrainContext } from '../context';
import { pageOf, readPaging } from '../paging';
import { notFound } from '../problems';
import type { ApplicationRecord, StoredFile } from '../records';
import { applicationDetailView, applicationStatusView, jobCandidateView } from '../represent';
import type { EndpointHandlers } from './handlerTypes';
import { visibleJob } from './jobs';

/** The application of a candidate to a job the caller can see; 404 when there is none. */
function applicationOf(ctx: JobtrainContext, req: AuthorizedRequest): ApplicationRecord {
	const job = visibleJob(ctx, req);
	const candidateId = Number(req.params.candidateId);
	for (const application of ctx.store().applications.values()) {
		if (application.jobId === job.jobId && application.candidateId === candidateId) return application;
	}
	throw notFound(`Candidate ${candidateId} has no application for job ${job.jobId}.`);
}

function fileReply(file: StoredFile | null, what: string) {
	if (!file) throw notFound(`This application has no ${what}.`);
	return bytes(200, file.contentType, file.bytes, {
		'Content-Disposition': `attachment; filename="${file.fileName.replace(/"/g, '')}"`,
	});
}

export function candidateHandlers(
	ctx: JobtrainContext,
): Pick<EndpointHandlers, 'listJobCandidates' | 'getApplication' | 'getApplicationStatus' | 'getCv' | 'getCoverLetter'> {
	return {
		listJobCandidates: (req) => {
			const paging = readPaging(req.query);
			const job = visibleJob(ctx, req);
			const store = ctx.store();
			const applications = [...store.applications.values()].filter((application) => application.jobId === job.jobId);
			return json(200, pageOf(applications, paging, 'candidates', (application) => jobCandidateView(store, application)));
		},
		getApplication: (req) => json(200, applicationDetailView(ctx.store(), applicationOf(ctx, req))),
		getApplicationStatus: (req) => json(200, applicationStatusView(applicationOf(ctx, req))),
		getCv: (req) => fileReply(applicationOf(ctx, req).cv, 'CV'),
		getCoverLetter: (req) => fileReply(applicationOf(ctx, req).coverLetter, 'cover letter'),
	};
}
