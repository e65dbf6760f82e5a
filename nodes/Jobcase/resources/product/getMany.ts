import type { IDataObject } from 'n8n-workflow';

import { describeBody, isRecord, listSource, notTheList } from '../../../shared/transport/listEnvelope';
import type { OperationDefinition } from '../../../shared/operation';
import { readPaging, returnAllProperties } from '../../../shared/properties/paging';
import type { JobcaseEndpoint } from '../../jobcase.api';

export const getManyProducts: OperationDefinition<JobcaseEndpoint> = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many products',
	description: 'List the Jobcase products available to your partner account',
	properties: returnAllProperties(),
	async execute(itemIndex, client) {
		const paging = readPaging(this, itemIndex, client.provider.maxPageSize);
		const partnerId = await client.setting('partnerId');
		// Products come as one plain array, so the limit is applied here.
		const products = await client.request<unknown>('productList', { qs: { partnerId }, itemIndex });
		if (!Array.isArray(products) || !products.every(isRecord)) {
			throw notTheList(listSource(client, 'productList', itemIndex), 'list', describeBody(products));
		}
		const list = products as IDataObject[];
		return paging.returnAll ? list : list.slice(0, paging.limit);
	},
};
