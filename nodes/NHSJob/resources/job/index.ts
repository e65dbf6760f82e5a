import type { ResourceDefinition } from '../../../shared/operation';
import type { NhsJobEndpoint } from '../../nhsjob.api';
import { getJob } from './get';
import { searchJobs } from './search';

export const jobResource: ResourceDefinition<NhsJobEndpoint> = {
	value: 'job',
	name: 'Job',
	operations: [getJob, searchJobs],
	defaultOperation: 'search',
};
