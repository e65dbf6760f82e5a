import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { executeOperations } from '../shared/execute';
import { requestOptionsProperty } from '../shared/properties/requestOptions';
import * as applicationEvent from './actions/applicationEvent';
import * as campaign from './actions/campaign';
import * as company from './actions/company';
import * as customApiCall from './actions/customApiCall';
import * as job from './actions/job';
import * as privacy from './actions/privacy';
import * as product from './actions/product';
import * as resumeMatch from './actions/resumeMatch';
import { router } from './actions/router';
import { jobcase } from './jobcase.api';
import { listSearch } from './methods/listSearch';
import { loadOptions } from './methods/loadOptions';

export class Jobcase implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Jobcase',
		name: 'jobcase',
		icon: { light: 'file:../../icons/jobcase.svg', dark: 'file:../../icons/jobcase.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Post jobs, manage companies and campaigns, and score resumes with Jobcase for Partners',
		defaults: { name: 'Jobcase' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [{ name: 'jobcaseApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Application Event',
						value: 'applicationEvent',
						description: 'Tell Jobcase that a job seeker applied to one of its jobs in your system',
					},
					{
						name: 'Campaign',
						value: 'campaign',
						description: 'Budgets that promote a company’s jobs, their costs and candidate estimates',
					},
					{
						name: 'Company',
						value: 'company',
						description: 'The employers your partner account posts jobs for',
					},
					{
						name: 'Custom API Call',
						value: 'customApiCall',
						description: 'Call any Jobcase endpoint not covered by the operations above',
					},
					{
						name: 'Job',
						value: 'job',
						description: 'Job postings, their products and their status',
					},
					{
						name: 'Privacy (CCPA)',
						value: 'privacy',
						description: 'CCPA access and deletion requests for a person’s data',
					},
					{
						name: 'Product',
						value: 'product',
						description: 'The Jobcase products a job can be distributed through',
					},
					{
						name: 'Resume Match',
						value: 'resumeMatch',
						description: 'Score a resume against a job',
					},
				],
				default: 'job',
			},
			...applicationEvent.description,
			...campaign.description,
			...company.description,
			...customApiCall.description,
			...job.description,
			...privacy.description,
			...product.description,
			...resumeMatch.description,
			requestOptionsProperty,
		],
	};

	methods = { loadOptions, listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations(this, router, jobcase);
	}
}
