import type { NhsJobStore } from '../records';

export interface NhsJobCounts {
	readonly jobs: number;
	readonly openJobs: number;
	readonly closedJobs: number;
	readonly candidates: number;
	readonly applications: number;
}

export function countState(store: NhsJobStore): NhsJobCounts {
	let openJobs = 0;
	for (const job of store.jobs.values()) if (job.status === 'open') openJobs++;
	return {
		jobs: store.jobs.size,
		openJobs,
		closedJobs: store.jobs.size - openJobs,
		candidates: store.candidates.size,
		applications: store.applications.size,
	};
}
