import type { ResourceDefinition } from '../../../shared/operation';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { createJob } from './create';
import { createOrUpdateJob } from './createOrUpdate';
import { expireJob, unexpireJob } from './expireOrUnexpire';
import { getJob } from './get';
import { getManyJobs } from './getMany';
import { setJobProducts } from './setProducts';
import { updateJob } from './update';

export const jobResource: ResourceDefinition<JobcaseEndpoint> = {
	value: 'job',
	name: 'Job',
	operations: [createJob, createOrUpdateJob, expireJob, getJob, getManyJobs, setJobProducts, unexpireJob, updateJob],
	defaultOperation: 'create',
};
