import type { ResourceDefinition } from '../../../shared/operation';
import type { JobtrainEndpoint } from '../../jobtrain.api';
import { getJob } from './get';
import { getManyJobs } from './getMany';

export const jobResource: ResourceDefinition<JobtrainEndpoint> = {
	value: 'job',
	name: 'Job',
	operations: [getManyJobs, getJob],
};
