import type { ResourceDefinition } from '../../../shared/operation';
import type { JobtrainEndpoint } from '../../jobtrain.api';
import { createAndApply } from './createAndApply';
import { getApplication } from './getApplication';
import { getApplicationStatus } from './getApplicationStatus';
import { getCandidatesForJob } from './getManyForJob';

export const candidateResource: ResourceDefinition<JobtrainEndpoint> = {
	value: 'candidate',
	name: 'Candidate',
	operations: [createAndApply, getApplication, getApplicationStatus, getCandidatesForJob],
	defaultOperation: 'getManyForJob',
};
