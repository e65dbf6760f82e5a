import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { readPositiveId } from '../../../shared/validate';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { companyIdProperty } from './companyIdProperty';

export const getCompany: OperationDefinition<JobcaseEndpoint> = {
	value: 'get',
	name: 'Get',
	action: 'Get a company',
	description: 'Retrieve a company by its Jobcase ID',
	properties: [companyIdProperty],
	async execute(itemIndex, client) {
		const companyId = readPositiveId(this, itemIndex, 'companyId', 'Company ID');
		return await client.request<IDataObject>('companyGet', { pathParams: { companyId }, itemIndex });
	},
};
