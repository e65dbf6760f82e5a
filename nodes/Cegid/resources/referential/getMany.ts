import type { OperationDefinition } from '../../../shared/operation';
import { readPaging, returnAllProperties } from '../../../shared/properties/paging';
import type { CegidEndpoint } from '../../cegid.api';
import { requireList } from '../asList';
import { categoryProperties, readCategory } from './category';

export const getManyReferentialItems: OperationDefinition<CegidEndpoint> = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many referential items',
	description: 'List the coded values of a referential, e.g. countries',
	properties: [...categoryProperties, ...returnAllProperties()],
	async execute(itemIndex, client) {
		const category = readCategory(this, itemIndex);
		const paging = readPaging(this, itemIndex, client.provider.maxPageSize);
		const body = await client.request('referentialList', { pathParams: { category }, itemIndex });
		const items = requireList(client, 'referentialList', body, itemIndex);
		return paging.returnAll ? items : items.slice(0, paging.limit);
	},
};
