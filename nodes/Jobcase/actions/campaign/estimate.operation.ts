import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { labelsOf, validateInput } from '../../../shared/validate';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { aggressivenessProperty } from './campaignFields';
import { estimateSchema } from './estimate.schema';

const properties: INodeProperties[] = [
	{
		displayName: 'Budget',
		name: 'budget',
		type: 'number',
		typeOptions: { minValue: 15, numberPrecision: 2 },
		required: true,
		default: 15,
		description: 'Budget to estimate for: at least 15, with at most 2 decimal places',
	},
	{
		displayName: 'Job Title',
		name: 'jobTitle',
		type: 'string',
		required: true,
		default: '',
		description: 'The title of the job',
	},
	{
		displayName: 'Job Description',
		name: 'jobDescription',
		type: 'string',
		typeOptions: { rows: 5 },
		required: true,
		default: '',
		description: 'Full text of the job ad the estimate is for',
	},
	{
		displayName: 'Location',
		name: 'location',
		type: 'collection',
		placeholder: 'Add Location Field',
		default: {},
		description: 'Give either City and State, or Zip Code',
		options: [
			{ displayName: 'City', name: 'jobCity', type: 'string', default: '' },
			{
				displayName: 'State',
				name: 'jobState',
				type: 'string',
				default: '',
				placeholder: 'CA',
				description: 'Two-letter state abbreviation',
			},
			{
				displayName: 'Zip Code',
				name: 'jobZipCode',
				type: 'string',
				default: '',
				description: 'Up to 7 characters',
			},
		],
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
				displayName: 'Hiring Company',
				name: 'companyName',
				type: 'string',
				default: '',
				description: 'Name of the company that is hiring',
			},
		],
	},
];

export const description: INodeProperties[] = showOnlyFor({ resource: ['campaign'], operation: ['estimate'] }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const input: IDataObject = {
		budget: this.getNodeParameter('budget', itemIndex),
		jobTitle: this.getNodeParameter('jobTitle', itemIndex),
		jobDescription: this.getNodeParameter('jobDescription', itemIndex),
	};
	const optional = {
		...(this.getNodeParameter('location', itemIndex, {}) as IDataObject),
		...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
	};
	for (const [key, value] of Object.entries(optional)) if (value !== '' && value !== undefined) input[key] = value;
	const body = validateInput(this.getNode(), estimateSchema, input, itemIndex, labelsOf(properties));
	return await client.request<IDataObject>('campaignEstimate', { body, itemIndex });
}
