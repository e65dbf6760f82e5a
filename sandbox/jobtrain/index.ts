export { JobtrainProvider, type JobtrainProviderOptions } from './jobtrainProvider';
export { DEFAULT_JOBTRAIN_CONFIG, type JobtrainConfig, type JobtrainUser, type TokenResponseShape } from './config';
export { JOBTRAIN_ENDPOINTS, JOBTRAIN_PREFIX } from './endpoints';
export type { JobtrainSeed } from './seed/seedOptions';
export type { JobtrainStore } from './store';
export type { JobtrainCounts, JobtrainStateSummary, StoredFileSummary } from './control/controlRoutes';
export type { ChangeStep, MadeChange } from './control/changes';
