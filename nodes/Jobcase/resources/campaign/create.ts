import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { labelsOf, validateInput } from '../../../shared/validate';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { campaignCreateSchema } from '../../schemas';
import { campaignCompanyProperty, campaignNameProperty, campaignOptionFields, readCampaignOptions } from './campaignFields';
import { additionalFields } from '../../../shared/properties/collections';

const properties: INodeProperties[] = [
	campaignCompanyProperty,
	campaignNameProperty,
	{
		displayName: 'Budget',
		name: 'budget',
		type: 'number',
		typeOptions: { minValue: 15, numberPrecision: 2 },
		required: true,
		default: 15,
		description: 'Budget of the campaign: at least 15, with at most 2 decimal places',
	},
	additionalFields(campaignOptionFields('Comma-separated Jobcase job IDs to activate for this campaign (at most 500)')),
];

export const createCampaign: OperationDefinition<JobcaseEndpoint> = {
	value: 'create',
	name: 'Create',
	action: 'Create a campaign',
	description: 'Create a campaign with a budget for a company’s jobs',
	properties,
	async execute(itemIndex, client) {
		const input = {
			companyId: this.getNodeParameter('companyId', itemIndex),
			name: this.getNodeParameter('name', itemIndex),
			budget: this.getNodeParameter('budget', itemIndex),
			...readCampaignOptions(this, itemIndex),
		};
		const body = validateInput(this.getNode(), campaignCreateSchema, input, itemIndex, labelsOf(properties));
		return await client.request<IDataObject>('campaignCreate', { body, itemIndex });
	},
};
