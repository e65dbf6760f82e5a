import type { ResourceDefinition } from '../../../shared/operation';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { createCompany } from './create';
import { createOrUpdateCompany } from './createOrUpdate';
import { getCompany } from './get';
import { getManyCompanies } from './getMany';
import { updateCompany } from './update';
import { uploadCompanyLogo } from './uploadLogo';

export const companyResource: ResourceDefinition<JobcaseEndpoint> = {
	value: 'company',
	name: 'Company',
	operations: [createCompany, createOrUpdateCompany, getCompany, getManyCompanies, updateCompany, uploadCompanyLogo],
	defaultOperation: 'create',
};
