import type { ResourceDefinition } from '../../../shared/operation';
import type { CegidEndpoint } from '../../cegid.api';
import { getManyCandidates } from './getMany';

export const candidateResource: ResourceDefinition<CegidEndpoint> = {
	value: 'candidate',
	name: 'Candidate',
	description: 'Candidates (applicants) from the export API',
	operations: [getManyCandidates],
};
