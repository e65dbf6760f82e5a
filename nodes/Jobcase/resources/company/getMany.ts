import type { OperationDefinition } from '../../../shared/operation';
import { readPaging, returnAllProperties } from '../../../shared/properties/paging';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { collectJobcaseList } from '../listPage';

export const getManyCompanies: OperationDefinition<JobcaseEndpoint> = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many companies',
	description: 'List the companies of your partner account',
	properties: returnAllProperties(),
	async execute(itemIndex, client) {
		const paging = readPaging(this, itemIndex, client.provider.maxPageSize);
		return await collectJobcaseList(client, 'companyList', paging, {}, itemIndex);
	},
};
