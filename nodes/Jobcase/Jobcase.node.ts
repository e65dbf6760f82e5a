import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { buildProperties, toRouter } from '../shared/buildProperties';
import { customApiCallResource } from '../shared/customApiCall';
import { executeOperations } from '../shared/execute';
import type { ResourceDefinition } from '../shared/operation';
import { requestOptionsProperty } from '../shared/properties/requestOptions';
import { jobcase, type JobcaseEndpoint } from './jobcase.api';
import { jobcaseLoadOptions } from './loadOptions';
import { applicationEventResource } from './resources/applicationEvent';
import { campaignResource } from './resources/campaign';
import { companyResource } from './resources/company';
import { jobResource, legacyJobOperations } from './resources/job';
import { privacyResource } from './resources/privacy';
import { productResource } from './resources/product';
import { resumeMatchResource } from './resources/resumeMatch';

const resources: Array<ResourceDefinition<JobcaseEndpoint>> = [
	applicationEventResource,
	campaignResource,
	companyResource,
	jobResource,
	privacyResource,
	productResource,
	resumeMatchResource,
	customApiCallResource('Jobcase') as ResourceDefinition<JobcaseEndpoint>,
];

/** What runs: the offered operations plus the retired ones saved workflows may still name. */
const runnable: Array<ResourceDefinition<JobcaseEndpoint>> = resources.map((resource) =>
	resource === jobResource ? { ...resource, operations: [...resource.operations, ...legacyJobOperations] } : resource,
);

/** The retired operations' fields, shown only to a node that still has one selected. */
const legacyProperties: INodeProperties[] = legacyJobOperations.flatMap((operation) =>
	operation.properties.map((property) => ({
		...property,
		displayOptions: { show: { resource: [jobResource.value], operation: [operation.value] } },
	})),
);

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
		properties: [...buildProperties(resources, 'job'), ...legacyProperties, requestOptionsProperty],
	};

	methods = { loadOptions: jobcaseLoadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations(this, toRouter(runnable), jobcase);
	}
}
