import type { ResourceDefinition } from '../../../shared/operation';
import type { JobtrainEndpoint } from '../../jobtrain.api';
import { getRecentChanges } from './getChanges';

export const exportResource: ResourceDefinition<JobtrainEndpoint> = {
	value: 'export',
	name: 'Export',
	description: 'Applications whose status changed in the last 24 hours',
	operations: [getRecentChanges],
};
