import { HttpError } from '../../core/httpError';
import { SeededRandom } from '../../core/random';
import { APPLICATION_STATUSES, type ApplicationRecord, type ApplicationStatus, type JobRecord, type NhsJobStore } from '../records';
import { representJob } from '../represent';
import { makeJob } from '../seed/seedStore';
import type { EventType } from './subscriptions';

export interface ActionRequest {
	/** The job or application the event is about; default the newest suitable one. */
	readonly target?: string;
	/** For application.status_changed: the new status; default the next one. */
	readonly status?: string;
}

/**
 * Makes the change an event reports, the way activity on NHSJob would (a recruiter posts, edits or
 * closes a job; a candidate applies; an application moves on), and returns the event's `data`.
 */
export function performAction(store: NhsJobStore, type: EventType, request: ActionRequest): unknown {
	const now = new Date().toISOString();
	switch (type) {
		case 'job.created': {
			const job = makeJob(new SeededRandom(store.nextJobNumber), store.nextJobNumber++, { anchorMs: Date.now(), closedShare: 0 });
			job.posted_at = now;
			job.updated_at = now;
			store.jobs.set(job.id, job);
			store.jobOrder.unshift(job.id);
			return representJob(job);
		}
		case 'job.updated': {
			const job = findOpenJob(store, request.target);
			job.salary_range = raiseSalary(job.salary_range);
			job.updated_at = now;
			return representJob(job);
		}
		case 'job.closed': {
			const job = findOpenJob(store, request.target);
			job.status = 'closed';
			job.updated_at = now;
			return representJob(job);
		}
		case 'application.submitted': {
			const application = createApplication(store, now);
			return { application_id: application.id, job_id: application.job_id, candidate_id: application.candidate_id, resume_url: application.resume_url, status: application.status, submitted_at: application.submitted_at };
		}
		case 'application.status_changed': {
			const application = request.target ? store.applications.get(request.target) : [...store.applications.values()].at(-1) ?? createApplication(store, now);
			if (!application) throw new HttpError(404, { error: `No application ${request.target}.` });
			const previous = application.status;
			application.status = nextStatus(previous, request.status);
			application.updated_at = now;
			return { application_id: application.id, job_id: application.job_id, candidate_id: application.candidate_id, previous_status: previous, status: application.status, changed_at: now };
		}
	}
}

function findOpenJob(store: NhsJobStore, target: string | undefined): JobRecord {
	const job = target ? store.jobs.get(target) : store.jobOrder.map((id) => store.jobs.get(id)).find((candidate) => candidate?.status === 'open');
	if (!job) throw new HttpError(404, { error: target ? `No job ${target}.` : 'No open job left.' });
	if (job.status !== 'open') throw new HttpError(409, { error: `Job ${job.id} is closed.` });
	return job;
}

function createApplication(store: NhsJobStore, now: string): ApplicationRecord {
	const applied = new Set([...store.applications.values()].map((application) => `${application.job_id}/${application.candidate_id}`));
	for (const candidate of store.candidates.values()) {
		for (const jobId of store.jobOrder) {
			const job = store.jobs.get(jobId);
			if (!job || job.status !== 'open' || applied.has(`${job.id}/${candidate.id}`)) continue;
			const application: ApplicationRecord = {
				id: `app_${store.nextApplicationNumber++}`,
				job_id: job.id,
				candidate_id: candidate.id,
				resume_url: `https://cv.example.org/${candidate.id}.pdf`,
				status: 'submitted',
				submitted_at: now,
				updated_at: now,
				submitted_by: 'candidate',
			};
			store.applications.set(application.id, application);
			return application;
		}
	}
	throw new HttpError(409, { error: 'Every candidate has applied to every open job.' });
}

function nextStatus(current: ApplicationStatus, wanted: string | undefined): ApplicationStatus {
	if (wanted !== undefined) {
		if (!(APPLICATION_STATUSES as readonly string[]).includes(wanted)) {
			throw new HttpError(400, { error: `status must be one of ${APPLICATION_STATUSES.join(', ')}.` });
		}
		return wanted as ApplicationStatus;
	}
	const index = APPLICATION_STATUSES.indexOf(current);
	return APPLICATION_STATUSES[Math.min(index + 1, APPLICATION_STATUSES.indexOf('offered'))];
}

function raiseSalary(range: string): string {
	return range.replace(/£([\d,]+)/g, (_, amount: string) => `£${(Number(amount.replace(/,/g, '')) + 1000).toLocaleString('en-GB')}`);
}
