import type { JobcaseConfig } from './config';
import type { JobcaseStore } from './store';

/** What handlers read: always the current store and config, which a reset or config change replaces. */
export interface JobcaseContext {
	store(): JobcaseStore;
	config(): JobcaseConfig;
	/** Counts a candidate estimate for today; returns 0, or the seconds until the quota renews. */
	useEstimateQuota(apiKey: string): number;
}
