import type { ResourceDefinition } from '../../../shared/operation';
import type { CegidEndpoint } from '../../cegid.api';
import { submitReport } from './submit';

export const reportResource: ResourceDefinition<CegidEndpoint> = {
	value: 'report',
	name: 'Report',
	description: 'Indexing reports sent back to Cegid',
	operations: [submitReport],
};
