import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import { limitProperty, readPaging, returnAllProperty } from '../../../shared/properties/paging';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { describeBody, isRecord, listSource, notTheList } from '../../../shared/transport/listEnvelope';
import type { JobcaseEndpoint } from '../../jobcase.api';

export const description: INodeProperties[] = showOnlyFor({ resource: ['product'], operation: ['getAll'] }, [returnAllProperty, limitProperty]);

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const paging = readPaging(this, itemIndex, client.provider.maxPageSize);
	const partnerId = await client.setting('partnerId');
	// Products come as one plain array, so the limit is applied here.
	const products = await client.request<unknown>('productList', { qs: { partnerId }, itemIndex });
	if (!Array.isArray(products) || !products.every(isRecord)) {
		throw notTheList(listSource(client, 'productList', itemIndex), 'list', describeBody(products));
	}
	const list = products as IDataObject[];
	return paging.returnAll ? list : list.slice(0, paging.limit);
}
