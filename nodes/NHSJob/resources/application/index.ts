import type { ResourceDefinition } from '../../../shared/operation';
import type { NhsJobEndpoint } from '../../nhsjob.api';
import { submitApplication } from './submit';

export const applicationResource: ResourceDefinition<NhsJobEndpoint> = {
	value: 'application',
	name: 'Application',
	operations: [submitApplication],
};
