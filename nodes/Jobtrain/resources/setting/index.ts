import type { ResourceDefinition } from '../../../shared/operation';
import type { JobtrainEndpoint } from '../../jobtrain.api';
import { createSetting } from './create';
import { getManySettings } from './getMany';

export const settingResource: ResourceDefinition<JobtrainEndpoint> = {
	value: 'setting',
	name: 'Setting',
	description: 'Divisions, departments, locations, regions, job categories, salary bands, employment types and job levels',
	operations: [getManySettings, createSetting],
};
