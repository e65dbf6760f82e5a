import type { ResourceDefinition } from '../../../shared/operation';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { createJob } from './create';
import { createOrUpdateJob } from './createOrUpdate';
import { expireJob, unexpireJob } from './expireOrUnexpire';
import { getJob } from './get';
import { getManyJobs } from './getMany';
import { addJobProducts, legacySetJobProducts, removeJobProducts } from './products';
import { updateJob } from './update';

export const jobResource: ResourceDefinition<JobcaseEndpoint> = {
	value: 'job',
	name: 'Job',
	operations: [addJobProducts, createJob, createOrUpdateJob, expireJob, getJob, getManyJobs, removeJobProducts, unexpireJob, updateJob],
	defaultOperation: 'create',
};

/** Operations that run but are not offered any more (see legacySetJobProducts). */
export const legacyJobOperations = [legacySetJobProducts];
