import type { SeededRandom } from '../core/random';
import type { SandboxRequest } from '../core/request';
import type { SandboxClock } from './clock';
import type { JobtrainConfig, JobtrainUser } from './config';
import type { JobRecord } from './records';
import type { JobtrainStore } from './store';

/** What handlers read: always the current store and config, which a reset or config change replaces. */
export interface JobtrainContext {
	store(): JobtrainStore;
	config(): JobtrainConfig;
	readonly clock: SandboxClock;
	/** Random stream for records created after the seed (applications, control changes). */
	random(): SeededRandom;
}

/** An API call that passed authentication: who is calling. */
export interface AuthorizedRequest extends SandboxRequest {
	readonly user: JobtrainUser;
}

/** A user's Security Role limits what the API returns: only jobs of the divisions it can see. */
export function canSee(user: JobtrainUser, job: JobRecord): boolean {
	return user.divisionIds === null || user.divisionIds.includes(job.divisionId);
}
