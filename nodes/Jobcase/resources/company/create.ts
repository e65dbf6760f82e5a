import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { labelsOf, validateInput } from '../../../shared/validate';
import { companyBodyProperties, readCompanyBody } from '../../fields/companyFields';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { companySchema } from '../../schemas';

export const createCompany: OperationDefinition<JobcaseEndpoint> = {
	value: 'create',
	name: 'Create',
	action: 'Create a company',
	description: 'Create a company for your partner account',
	properties: companyBodyProperties,
	async execute(itemIndex, client) {
		const input = readCompanyBody(this, itemIndex, await client.setting('partnerId'));
		const body = validateInput(this.getNode(), companySchema, input, itemIndex, labelsOf(companyBodyProperties));
		return await client.request<IDataObject>('companyCreate', { body, itemIndex });
	},
};
