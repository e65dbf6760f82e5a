import type { INodeProperties } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { readPaging, returnAllProperties } from '../../../shared/properties/paging';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { campaignStatusFilterOptions } from '../../options';
import { collectJobcaseList } from '../listPage';

const properties: INodeProperties[] = [
	...returnAllProperties(),
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: campaignStatusFilterOptions,
		default: 'active',
		description: 'Which campaigns to list',
	},
];

export const getManyCampaigns: OperationDefinition<JobcaseEndpoint> = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many campaigns',
	description: 'List campaigns by status',
	properties,
	async execute(itemIndex, client) {
		const paging = readPaging(this, itemIndex, client.provider.maxPageSize);
		const status = this.getNodeParameter('status', itemIndex, 'active') as string;
		return await collectJobcaseList(client, 'campaignList', paging, { status }, itemIndex);
	},
};
