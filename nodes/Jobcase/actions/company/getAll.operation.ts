import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import { limitProperty, readPaging, returnAllProperty } from '../../../shared/properties/paging';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { collectJobcaseList } from '../../transport/listPage';

export const description: INodeProperties[] = showOnlyFor({ resource: ['company'], operation: ['getAll'] }, [returnAllProperty, limitProperty]);

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const paging = readPaging(this, itemIndex, client.provider.maxPageSize);
	return await collectJobcaseList(client, 'companyList', paging, {}, itemIndex);
}
