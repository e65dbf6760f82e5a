import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import { limitProperty, readPaging, returnAllProperty } from '../../../shared/properties/paging';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { CegidEndpoint } from '../../cegid.api';
import { requireList } from '../../transport/asList';
import { categoryProperty, customCategoryProperty, readCategory } from './category';

export const description: INodeProperties[] = showOnlyFor({ resource: ['referential'], operation: ['getAll'] }, [
	categoryProperty,
	customCategoryProperty,
	returnAllProperty,
	limitProperty,
]);

/** The coded values of one referential, e.g. countries. */
export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<CegidEndpoint>): Promise<IDataObject[]> {
	const category = readCategory(this, itemIndex);
	const paging = readPaging(this, itemIndex, client.provider.maxPageSize);
	const body = await client.request('referentialList', { pathParams: { category }, itemIndex });
	const items = requireList(client, 'referentialList', body, itemIndex);
	return paging.returnAll ? items : items.slice(0, paging.limit);
}
