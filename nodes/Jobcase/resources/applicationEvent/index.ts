import type { ResourceDefinition } from '../../../shared/operation';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { sendApplicationEvent } from './send';

export const applicationEventResource: ResourceDefinition<JobcaseEndpoint> = {
	value: 'applicationEvent',
	name: 'Application Event',
	operations: [sendApplicationEvent],
};
