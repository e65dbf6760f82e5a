import type { ResourceDefinition } from '../../../shared/operation';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { getPersonalData } from './get';
import { requestPurge } from './requestPurge';

export const privacyResource: ResourceDefinition<JobcaseEndpoint> = {
	value: 'privacy',
	name: 'Privacy (CCPA)',
	operations: [getPersonalData, requestPurge],
};
