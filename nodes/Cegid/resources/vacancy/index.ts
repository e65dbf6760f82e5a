import type { ResourceDefinition } from '../../../shared/operation';
import type { CegidEndpoint } from '../../cegid.api';
import { getManyVacancies } from './getMany';

export const vacancyResource: ResourceDefinition<CegidEndpoint> = {
	value: 'vacancy',
	name: 'Vacancy',
	description: 'Vacancies (job offers) from the export API',
	operations: [getManyVacancies],
};
