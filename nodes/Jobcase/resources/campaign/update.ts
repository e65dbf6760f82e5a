import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { labelsOf, readPositiveId, validateInput } from '../../../shared/validate';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { campaignUpdateSchema } from '../../schemas';
import {
	campaignCompanyProperty,
	campaignIdProperty,
	campaignNameProperty,
	campaignOptionFields,
	readCampaignOptions,
} from './campaignFields';
import { additionalFields } from '../../../shared/properties/collections';

const properties: INodeProperties[] = [
	campaignIdProperty,
	campaignCompanyProperty,
	campaignNameProperty,
	additionalFields([
			{
				displayName: 'Add Budget',
				name: 'addBudget',
				type: 'number',
				typeOptions: { minValue: 1, numberPrecision: 2 },
				default: 1,
				description: 'Amount to add to the campaign’s budget: at least 1, with at most 2 decimal places',
			},
			...campaignOptionFields('Comma-separated Jobcase job IDs; replaces the campaign’s whole job list (at most 500)'),
		]),
];

export const updateCampaign: OperationDefinition<JobcaseEndpoint> = {
	value: 'update',
	name: 'Update',
	action: 'Update a campaign',
	description: 'Change a campaign, add budget, or replace its jobs',
	properties,
	async execute(itemIndex, client) {
		const campaignId = readPositiveId(this, itemIndex, 'campaignId', 'Campaign ID');
		const input = {
			companyId: this.getNodeParameter('companyId', itemIndex),
			name: this.getNodeParameter('name', itemIndex),
			...readCampaignOptions(this, itemIndex),
		};
		const body = validateInput(this.getNode(), campaignUpdateSchema, input, itemIndex, labelsOf(properties));
		return await client.request<IDataObject>('campaignUpdate', { pathParams: { campaignId }, body, itemIndex });
	},
};
