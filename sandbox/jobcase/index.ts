export { JobcaseProvider, type JobcaseProviderOptions } from './jobcaseProvider';
export { DEFAULT_JOBCASE_CONFIG, type JobcaseConfig } from './config';
export { JOBCASE_ENDPOINTS, JOBCASE_PREFIX } from './endpoints';
export type { JobcaseSeed } from './seed/seedOptions';
export type { JobcaseStore } from './store';
export type { JobcaseCounts, JobcaseStateSummary, StoredApplicationEvent } from './inspection';
