import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import { limitProperty, readPaging, returnAllProperty } from '../../../shared/properties/paging';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { collectJobcaseList } from '../../transport/listPage';

export const description: INodeProperties[] = showOnlyFor({ resource: ['campaign'], operation: ['getAll'] }, [
	returnAllProperty,
	limitProperty,
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'Active', value: 'active' },
			{ name: 'All', value: 'all' },
			{ name: 'Paused', value: 'paused' },
		],
		default: 'active',
		description: 'Which campaigns to list',
	},
]);

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const paging = readPaging(this, itemIndex, client.provider.maxPageSize);
	const status = this.getNodeParameter('status', itemIndex, 'active') as string;
	return await collectJobcaseList(client, 'campaignList', paging, { status }, itemIndex);
}
