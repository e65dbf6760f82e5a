import type { ResourceDefinition } from '../../../shared/operation';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { getManyProducts } from './getMany';

export const productResource: ResourceDefinition<JobcaseEndpoint> = {
	value: 'product',
	name: 'Product',
	operations: [getManyProducts],
};
