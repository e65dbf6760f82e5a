import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { readPositiveId } from '../../../shared/validate';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { campaignIdProperty } from './campaignFields';

export const getCampaign: OperationDefinition<JobcaseEndpoint> = {
	value: 'get',
	name: 'Get',
	action: 'Get a campaign',
	description: 'Retrieve a campaign by its Jobcase ID',
	properties: [campaignIdProperty],
	async execute(itemIndex, client) {
		const campaignId = readPositiveId(this, itemIndex, 'campaignId', 'Campaign ID');
		return await client.request<IDataObject>('campaignGet', { pathParams: { campaignId }, itemIndex });
	},
};
