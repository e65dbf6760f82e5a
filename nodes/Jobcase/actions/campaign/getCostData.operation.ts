import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import { inputError } from '../../../shared/errors';
import type { OperationOutput } from '../../../shared/operation';
import { limitProperty, readPaging, returnAllProperty } from '../../../shared/properties/paging';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { positiveIdValue, shownValue } from '../../../shared/validate';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { collectJobcaseList } from '../../transport/listPage';

export const description: INodeProperties[] = showOnlyFor({ resource: ['campaign'], operation: ['getCostData'] }, [
	returnAllProperty,
	limitProperty,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Campaign ID',
				name: 'campaignId',
				type: 'resourceLocator',
				default: { mode: 'list', value: '' },
				description: 'Only cost data of this campaign',
				modes: [
					{
						displayName: 'From List',
						name: 'list',
						type: 'list',
						placeholder: 'Select a campaign...',
						typeOptions: { searchListMethod: 'searchCampaigns', searchable: true },
					},
					{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 7' },
				],
			},
			{
				displayName: 'Job ID',
				name: 'jobId',
				type: 'resourceLocator',
				default: { mode: 'list', value: '' },
				description: 'Only cost data of this job',
				modes: [
					{
						displayName: 'From List',
						name: 'list',
						type: 'list',
						placeholder: 'Select a job...',
						typeOptions: { searchListMethod: 'searchJobs', searchable: true },
					},
					{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 1042' },
				],
			},
		],
	},
]);

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const paging = readPaging(this, itemIndex, client.provider.maxPageSize);
	const qs: IDataObject = {};
	for (const key of ['campaignId', 'jobId']) {
		// A filter left empty (or 0, as an earlier version of the node saved it) filters nothing.
		const value = this.getNodeParameter(`filters.${key}`, itemIndex, '', { extractValue: true });
		if (value === '' || value === 0 || value === '0' || value === undefined || value === null) continue;
		const id = positiveIdValue(value);
		if (id === undefined) {
			const label = key === 'jobId' ? 'Job ID' : 'Campaign ID';
			throw inputError(this.getNode(), itemIndex, label, `${shownValue(value)} is not an ID; enter the positive whole number Jobcase assigned`, `Enter the ${label} as digits only, e.g. 1042, choose it from the list, or remove the filter.`);
		}
		qs[key] = id;
	}
	return await collectJobcaseList(client, 'campaignCostData', paging, qs, itemIndex);
}
