import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { labelsOf, validateInput } from '../../../shared/validate';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { companyLocator } from '../company/companyFields';
import { aggressivenessProperty, campaignNameProperty, readCampaignOptions } from './campaignFields';
import { campaignCreateSchema } from './create.schema';

const properties: INodeProperties[] = [
	companyLocator,
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
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
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
				description: 'Comma-separated Jobcase job IDs to activate for this campaign (at most 500)',
			},
		],
	},
];

export const description: INodeProperties[] = showOnlyFor({ resource: ['campaign'], operation: ['create'] }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const input = {
		companyId: this.getNodeParameter('companyId', itemIndex, '', { extractValue: true }),
		name: this.getNodeParameter('name', itemIndex),
		budget: this.getNodeParameter('budget', itemIndex),
		...readCampaignOptions(this, itemIndex),
	};
	const body = validateInput(this.getNode(), campaignCreateSchema, input, itemIndex, labelsOf(properties));
	return await client.request<IDataObject>('campaignCreate', { body, itemIndex });
}
