export type JobStatus = 'open' | 'closed';

export interface JobRecord {
	id: string;
	title: string;
	description: string;
	location: string;
	specialty: string;
	salary_range: string;
	contract_type: string;
	posted_at: string;
	status: JobStatus;
	updated_at: string;
}

export interface CandidateRecord {
	readonly id: string;
	readonly first_name: string;
	readonly last_name: string;
	readonly email: string;
	readonly specialty: string;
	readonly location: string;
}

export const APPLICATION_STATUSES = ['submitted', 'under_review', 'shortlisted', 'interview', 'offered', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export interface ApplicationRecord {
	readonly id: string;
	readonly job_id: string;
	readonly candidate_id: string;
	readonly resume_url: string;
	status: ApplicationStatus;
	readonly submitted_at: string;
	updated_at: string;
	/** Who submitted it: the API key or the OAuth client. */
	readonly submitted_by: string;
}

export interface NhsJobStore {
	readonly jobs: Map<string, JobRecord>;
	/** Job ids in list order: newest posting first. */
	readonly jobOrder: string[];
	readonly candidates: Map<string, CandidateRecord>;
	readonly applications: Map<string, ApplicationRecord>;
	/** "Now" of the seeded data, epoch milliseconds. */
	readonly anchorMs: number;
	nextJobNumber: number;
	nextApplicationNumber: number;
}
