import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { buildProperties, toRouter } from '../shared/buildProperties';
import { customApiCallResource } from '../shared/customApiCall';
import { executeOperations } from '../shared/execute';
import type { ResourceDefinition } from '../shared/operation';
import { requestOptionsProperty } from '../shared/properties/requestOptions';
import { authenticationProperty, readAuthentication } from './authentication';
import { nhsJobProvider, type NhsJobEndpoint } from './nhsjob.api';
import { applicationResource } from './resources/application';
import { jobResource } from './resources/job';

const resources: Array<ResourceDefinition<NhsJobEndpoint>> = [
	applicationResource,
	jobResource,
	customApiCallResource('NHSJob') as ResourceDefinition<NhsJobEndpoint>,
];

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
		properties: [authenticationProperty, ...buildProperties(resources, 'job'), requestOptionsProperty],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations(this, toRouter(resources), nhsJobProvider(readAuthentication(this)));
	}
}
