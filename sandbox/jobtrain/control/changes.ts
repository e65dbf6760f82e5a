import { HttpError } from '../../core/httpError';
import { iso } from '../clock';
import type { JobtrainContext } from '../context';
import { APPLICATION_STATUSES, type ApplicationStatus, type JobRecord } from '../records';
import { buildApplication, buildCandidate, buildJob, seededDocument } from '../seed/buildRecords';

/**
 * One change the control API makes, as it asks for it. `at` (ISO 8601) stamps it with that time instead
 * of the clock's: in the past (a late commit, a slow server clock), in the future, or equal to another's.
 */
export type ChangeStep = (
	| { readonly kind: 'newJob'; readonly count?: number }
	| { readonly kind: 'updateJob'; readonly jobId: number; readonly jobTitle?: string }
	| { readonly kind: 'closeJob'; readonly jobId: number }
	| { readonly kind: 'newApplication'; readonly jobId?: number; readonly count?: number }
	| { readonly kind: 'statusChange'; readonly applicationId: number; readonly status: ApplicationStatus }
) & { readonly at?: string };

/** A change as made: which record, its new status where it has one, and the time Jobtrain stamped on it. */
export interface MadeChange {
	readonly kind: ChangeStep['kind'];
	readonly jobId: number;
	readonly applicationId?: number;
	readonly candidateId?: number;
	readonly status: string;
	readonly at: string;
}

const MAX_COUNT = 10_000;

function bad(message: string): HttpError {
	return new HttpError(400, { error: `Invalid change: ${message}.` });
}

function jobOf(ctx: JobtrainContext, jobId: unknown): JobRecord {
	const job = ctx.store().jobs.get(Number(jobId));
	if (!job) throw bad(`job ${String(jobId)} does not exist`);
	return job;
}

function countOf(step: { count?: unknown }): number {
	const count = step.count ?? 1;
	if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_COUNT) {
		throw bad(`count must be an integer between 1 and ${MAX_COUNT}`);
	}
	return count;
}

/** Validates every step before making any change, so a bad request changes nothing. */
export function parseSteps(ctx: JobtrainContext, input: unknown): ChangeStep[] {
	const steps = (input as { steps?: unknown } | undefined)?.steps;
	if (!Array.isArray(steps) || steps.length === 0) throw bad('the body must be {"steps": [...]} with at least one step');
	for (const step of steps as Array<Record<string, unknown>>) {
		if (step?.at !== undefined && (typeof step.at !== 'string' || Number.isNaN(Date.parse(step.at)))) throw bad('at must be an ISO 8601 date');
		switch (step?.kind) {
			case 'newJob':
				countOf(step);
				break;
			case 'updateJob':
				jobOf(ctx, step.jobId);
				if (step.jobTitle !== undefined && typeof step.jobTitle !== 'string') throw bad('jobTitle must be a string');
				break;
			case 'closeJob':
				jobOf(ctx, step.jobId);
				break;
			case 'newApplication':
				countOf(step);
				if (step.jobId !== undefined) jobOf(ctx, step.jobId);
				break;
			case 'statusChange':
				if (!ctx.store().applications.has(Number(step.applicationId))) throw bad(`application ${String(step.applicationId)} does not exist`);
				if (!APPLICATION_STATUSES.includes(step.status as ApplicationStatus)) throw bad(`status must be one of ${APPLICATION_STATUSES.join(', ')}`);
				break;
			default:
				throw bad('kind must be newJob, updateJob, closeJob, newApplication or statusChange');
		}
	}
	return steps as ChangeStep[];
}

/** Makes the changes in order, each stamped with the clock's next stamp unless the step chose its time. */
export function applySteps(ctx: JobtrainContext, steps: ChangeStep[]): MadeChange[] {
	const store = ctx.store();
	const random = ctx.random();
	const made: MadeChange[] = [];
	for (const step of steps) {
		const stamp = () => (step.at !== undefined ? Date.parse(step.at) : ctx.clock.stamp());
		if (step.kind === 'newJob') {
			for (let index = 0; index < countOf(step); index++) {
				const job = buildJob(store, random, stamp());
				made.push({ kind: step.kind, jobId: job.jobId, status: job.status, at: iso(job.updatedMs) });
			}
		} else if (step.kind === 'updateJob' || step.kind === 'closeJob') {
			const job = jobOf(ctx, step.jobId);
			if (step.kind === 'closeJob') job.status = 'Closed';
			else job.jobTitle = step.jobTitle ?? `${job.jobTitle} (updated)`;
			job.updatedMs = stamp();
			made.push({ kind: step.kind, jobId: job.jobId, status: job.status, at: iso(job.updatedMs) });
		} else if (step.kind === 'newApplication') {
			const open = [...store.jobs.values()].filter((job) => job.status === 'Open');
			for (let index = 0; index < countOf(step); index++) {
				const job = step.jobId !== undefined ? jobOf(ctx, step.jobId) : random.pick(open);
				if (!job) throw bad('there is no open job to apply to');
				const at = stamp();
				const candidate = buildCandidate(store, random, at);
				const application = buildApplication(store, random, job, candidate, at, { cv: seededDocument('CV', candidate), coverLetter: null });
				made.push({ kind: step.kind, jobId: job.jobId, applicationId: application.applicationId, candidateId: candidate.candidateId, status: 'Applied', at: iso(at) });
			}
		} else {
			const application = store.applications.get(step.applicationId);
			if (!application) throw bad(`application ${step.applicationId} does not exist`);
			const at = stamp();
			// A change stamped in the past takes its place in the history, which stays oldest first.
			application.history.push({ status: step.status, atMs: at });
			application.history.sort((a, b) => a.atMs - b.atMs);
			made.push({ kind: step.kind, jobId: application.jobId, applicationId: application.applicationId, candidateId: application.candidateId, status: step.status, at: iso(at) });
		}
	}
	return made;
}
