import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { labelsOf, validateInput } from '../../../shared/validate';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { companyLocator } from '../company/companyFields';
import { aggressivenessProperty, campaignLocator, campaignNameProperty, readCampaignId, readCampaignOptions } from './campaignFields';
import { campaignUpdateSchema } from './update.schema';

const properties: INodeProperties[] = [
	campaignLocator,
	companyLocator,
	campaignNameProperty,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Add Budget',
				name: 'addBudget',
				type: 'number',
				typeOptions: { minValue: 1, numberPrecision: 2 },
				default: 1,
				description: 'Amount to add to the campaign’s budget: at least 1, with at most 2 decimal places',
			},
			aggressivenessProperty,
			{
				displayName: 'End Date',
				name: 'endDate',
				type: 'dateTime',
				default: '',
				description:
					'When the campaign ends; overrides aggressiveness. A time without an offset (or a date alone, read as its midnight) is in the workflow’s time zone; it is sent in UTC.',
			},
			{
				displayName: 'Is Paused',
				name: 'isPaused',
				type: 'boolean',
				default: false,
				description: 'Whether the campaign is paused',
			},
			{
				displayName: 'Job IDs',
				name: 'jobs',
				type: 'string',
				default: '',
				placeholder: '10, 11, 12',
				description: 'Comma-separated Jobcase job IDs; replaces the campaign’s whole job list (at most 500)',
			},
		],
	},
];

export const description: INodeProperties[] = showOnlyFor({ resource: ['campaign'], operation: ['update'] }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const campaignId = readCampaignId(this, itemIndex);
	const input = {
		companyId: this.getNodeParameter('companyId', itemIndex, '', { extractValue: true }),
		name: this.getNodeParameter('name', itemIndex),
		...readCampaignOptions(this, itemIndex),
	};
	const body = validateInput(this.getNode(), campaignUpdateSchema, input, itemIndex, labelsOf(properties));
	return await client.request<IDataObject>('campaignUpdate', { pathParams: { campaignId }, body, itemIndex });
}
