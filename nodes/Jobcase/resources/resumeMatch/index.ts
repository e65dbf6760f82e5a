import type { ResourceDefinition } from '../../../shared/operation';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { getMatch } from './get';
import { submitExperienceMatch } from './submitExperienceMatch';
import { submitMatch } from './submitMatch';

export const resumeMatchResource: ResourceDefinition<JobcaseEndpoint> = {
	value: 'resumeMatch',
	name: 'Resume Match',
	operations: [getMatch, submitExperienceMatch, submitMatch],
	defaultOperation: 'submitMatch',
};
