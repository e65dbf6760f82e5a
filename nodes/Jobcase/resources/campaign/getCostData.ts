import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { readPaging, returnAllProperties } from '../../../shared/properties/paging';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { collectJobcaseList } from '../listPage';
import { filtersCollection } from '../../../shared/properties/collections';

const properties: INodeProperties[] = [
	...returnAllProperties(),
	filtersCollection([
			{ displayName: 'Campaign ID', name: 'campaignId', type: 'number', default: 0, description: 'Only cost data of this campaign' },
			{ displayName: 'Job ID', name: 'jobId', type: 'number', default: 0, description: 'Only cost data of this job' },
		]),
];

export const getCampaignCostData: OperationDefinition<JobcaseEndpoint> = {
	value: 'getCostData',
	name: 'Get Cost Data',
	action: 'Get campaign cost data',
	description: 'List click and applicant costs, by campaign or job',
	properties,
	async execute(itemIndex, client) {
		const paging = readPaging(this, itemIndex, client.provider.maxPageSize);
		const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const qs: IDataObject = {};
		for (const key of ['campaignId', 'jobId']) if (Number(filters[key]) > 0) qs[key] = filters[key];
		return await collectJobcaseList(client, 'campaignCostData', paging, qs, itemIndex);
	},
};
