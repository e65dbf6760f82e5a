import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { buildProperties, toRouter } from '../shared/buildProperties';
import { executeOperations } from '../shared/execute';
import type { ResourceDefinition } from '../shared/operation';
import { requestOptionsProperty } from '../shared/properties/requestOptions';
import { jobtrainCustomApiCall } from './customApiCall';
import { jobtrain, type JobtrainEndpoint } from './jobtrain.api';
import { jobtrainLoadOptions } from './loadOptions';
import { candidateResource } from './resources/candidate';
import { exportResource } from './resources/export';
import { jobResource } from './resources/job';
import { settingResource } from './resources/setting';

const resources: Array<ResourceDefinition<JobtrainEndpoint>> = [
	candidateResource,
	exportResource,
	jobResource,
	settingResource,
	jobtrainCustomApiCall(),
];

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
		properties: [...buildProperties(resources, 'job'), requestOptionsProperty],
	};

	methods = { loadOptions: jobtrainLoadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations(this, toRouter(resources), jobtrain);
	}
}
