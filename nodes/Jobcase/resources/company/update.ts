import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { labelsOf, readPositiveId, validateInput } from '../../../shared/validate';
import { companyBodyProperties, readCompanyBody } from '../../fields/companyFields';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { companySchema } from '../../schemas';
import { companyIdProperty } from './companyIdProperty';

const properties = [companyIdProperty, ...companyBodyProperties];

export const updateCompany: OperationDefinition<JobcaseEndpoint> = {
	value: 'update',
	name: 'Update',
	action: 'Update a company',
	description: 'Replace a company’s details (Jobcase expects every required field)',
	properties,
	async execute(itemIndex, client) {
		const companyId = readPositiveId(this, itemIndex, 'companyId', 'Company ID');
		const input = readCompanyBody(this, itemIndex, await client.setting('partnerId'));
		const body = validateInput(this.getNode(), companySchema, input, itemIndex, labelsOf(properties));
		return await client.request<IDataObject>('companyUpdate', { pathParams: { companyId }, body, itemIndex });
	},
};
