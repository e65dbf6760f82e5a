import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { buildProperties, toRouter } from '../shared/buildProperties';
import { customApiCallResource } from '../shared/customApiCall';
import { executeOperations } from '../shared/execute';
import type { ResourceDefinition } from '../shared/operation';
import { requestOptionsProperty } from '../shared/properties/requestOptions';
import { cegid, type CegidEndpoint } from './cegid.api';
import { candidateResource } from './resources/candidate';
import { referentialResource } from './resources/referential';
import { reportResource } from './resources/report';
import { vacancyResource } from './resources/vacancy';
import { webhookResource } from './resources/webhook';

const resources: Array<ResourceDefinition<CegidEndpoint>> = [
	candidateResource,
	referentialResource,
	reportResource,
	vacancyResource,
	webhookResource,
	customApiCallResource('Cegid Recruiting') as ResourceDefinition<CegidEndpoint>,
];

export class CegidRecruiting implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Cegid Recruiting',
		name: 'cegidRecruiting',
		icon: { light: 'file:../../icons/cegid.svg', dark: 'file:../../icons/cegid.dark.svg' },
		group: ['input'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Export vacancies and candidates, report indexing, read referentials and manage webhooks in Cegid Digital Recruiting (Talentsoft)',
		defaults: { name: 'Cegid Recruiting' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [{ name: 'cegidRecruitingApi', required: true }],
		properties: [...buildProperties(resources, 'vacancy'), requestOptionsProperty],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations(this, toRouter(resources), cegid);
	}
}
