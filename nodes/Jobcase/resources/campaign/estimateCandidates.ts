import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { labelsOf, validateInput } from '../../../shared/validate';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { estimateSchema } from '../../schemas';
import { aggressivenessProperty } from './campaignFields';
import { additionalFields } from '../../../shared/properties/collections';

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
	{ displayName: 'Job Title', name: 'jobTitle', type: 'string', required: true, default: '', description: 'The title of the job' },
	{ displayName: 'Job Description', name: 'jobDescription', type: 'string', typeOptions: { rows: 5 }, required: true, default: '', description: 'Full text of the job ad the estimate is for' },
	{
		displayName: 'Location',
		name: 'location',
		type: 'collection',
		placeholder: 'Add Location Field',
		default: {},
		description: 'Give either City and State, or Zip Code',
		options: [
			{ displayName: 'City', name: 'jobCity', type: 'string', default: '' },
			{ displayName: 'State', name: 'jobState', type: 'string', default: '', placeholder: 'CA', description: 'Two-letter state abbreviation' },
			{ displayName: 'Zip Code', name: 'jobZipCode', type: 'string', default: '', description: 'Up to 7 characters' },
		],
	},
	additionalFields([aggressivenessProperty, { displayName: 'Hiring Company', name: 'companyName', type: 'string', default: '', description: 'Name of the company that is hiring' }]),
];

export const estimateCandidates: OperationDefinition<JobcaseEndpoint> = {
	value: 'estimate',
	name: 'Estimate Candidates',
	action: 'Estimate candidates for a job',
	description: 'Estimate how many candidates a budget would bring for a job (Jobcase allows 50 estimates a day)',
	properties,
	async execute(itemIndex, client) {
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
	},
};
