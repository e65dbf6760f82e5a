import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { executeOperations } from '../shared/execute';
import { requestOptionsProperty } from '../shared/properties/requestOptions';
import * as candidate from './actions/candidate';
import * as customApiCall from './actions/customApiCall';
import * as exportResource from './actions/export';
import * as job from './actions/job';
import { router } from './actions/router';
import * as setting from './actions/setting';
import { jobtrain } from './jobtrain.api';
import { listSearch } from './methods/listSearch';

export class Jobtrain implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Jobtrain',
		name: 'jobtrain',
		icon: { light: 'file:../../icons/jobtrain.svg', dark: 'file:../../icons/jobtrain.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Read jobs, candidates and applications, apply candidates with their CV, and export recent changes in Jobtrain',
		defaults: { name: 'Jobtrain' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [{ name: 'jobtrainApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Candidate',
						value: 'candidate',
						description: 'Candidates of a job and their applications; apply a new candidate with a CV',
					},
					{
						name: 'Custom API Call',
						value: 'customApiCall',
						description: 'Call any Jobtrain endpoint not covered by the operations above',
					},
					{
						name: 'Export',
						value: 'export',
						description: 'Applications whose status changed in the last 24 hours',
					},
					{
						name: 'Job',
						value: 'job',
						description: 'Jobs visible to the credential’s user',
					},
					{
						name: 'Setting',
						value: 'setting',
						description:
							'Divisions, departments, locations, regions, job categories, salary bands, employment types and job levels',
					},
				],
				default: 'job',
			},
			...candidate.description,
			...exportResource.description,
			...job.description,
			...setting.description,
			...customApiCall.description,
			requestOptionsProperty,
		],
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations(this, router, jobtrain);
	}
}
