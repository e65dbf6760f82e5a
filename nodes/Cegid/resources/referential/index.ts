import type { ResourceDefinition } from '../../../shared/operation';
import type { CegidEndpoint } from '../../cegid.api';
import { getManyReferentialItems } from './getMany';
import { getReferentialTranslations } from './getTranslations';

export const referentialResource: ResourceDefinition<CegidEndpoint> = {
	value: 'referential',
	name: 'Referential',
	description: 'Coded values such as countries, with their translations',
	operations: [getManyReferentialItems, getReferentialTranslations],
};
