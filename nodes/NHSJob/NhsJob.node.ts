import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { executeOperations } from '../shared/execute';
import { requestOptionsProperty } from '../shared/properties/requestOptions';
import * as application from './actions/application';
import * as customApiCall from './actions/customApiCall';
import * as job from './actions/job';
import { router } from './actions/router';
import { listSearch } from './methods/listSearch';
import { nhsJobProvider } from './nhsjob.api';
import { readAuthentication } from './transport/authentication';

export class NhsJob implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'NHSJob',
		name: 'nhsJob',
		icon: { light: 'file:../../icons/nhsjob.svg', dark: 'file:../../icons/nhsjob.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Search healthcare jobs and submit applications with the NHSJob API',
		defaults: { name: 'NHSJob' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [
			{ name: 'nhsJobApi', required: true, displayOptions: { show: { authentication: ['apiKey'] } } },
			{ name: 'nhsJobOAuth2Api', required: true, displayOptions: { show: { authentication: ['oAuth2'] } } },
		],
		properties: [
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'API Key',
						value: 'apiKey',
						description: 'For reading jobs from a server; NHSJob keys are read-only unless NHSJob granted more',
					},
					{
						name: 'OAuth2',
						value: 'oAuth2',
						description: 'Acts on behalf of an NHSJob user; needed to submit applications',
					},
				],
				default: 'apiKey',
			},
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Application',
						value: 'application',
						description: 'Applications of candidates to jobs',
					},
					{
						name: 'Custom API Call',
						value: 'customApiCall',
						description: 'Call any NHSJob endpoint not covered by the operations above',
					},
					{
						name: 'Job',
						value: 'job',
						description: 'Healthcare job listings',
					},
				],
				default: 'job',
			},
			...application.description,
			...job.description,
			...customApiCall.description,
			requestOptionsProperty,
		],
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations(this, router, nhsJobProvider(readAuthentication(this)));
	}
}
