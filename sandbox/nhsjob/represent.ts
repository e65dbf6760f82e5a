import type { ApplicationRecord, CandidateRecord, JobRecord } from './records';

export type JobView = Omit<JobRecord, 'updated_at'>;
export type ApplicationView = Omit<ApplicationRecord, 'submitted_by'>;

/** A job as the API shows it: the documented fields plus `status`. */
export function representJob(job: JobRecord): JobView {
	const { updated_at: _updated, ...view } = job;
	return view;
}

export function representApplication(application: ApplicationRecord): ApplicationView {
	const { submitted_by: _by, ...view } = application;
	return view;
}

export function representCandidate(candidate: CandidateRecord): CandidateRecord {
	return { ...candidate };
}
