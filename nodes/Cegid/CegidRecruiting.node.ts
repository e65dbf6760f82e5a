import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { executeOperations } from '../shared/execute';
import { requestOptionsProperty } from '../shared/properties/requestOptions';
import * as candidate from './actions/candidate';
import * as customApiCall from './actions/customApiCall';
import * as referential from './actions/referential';
import * as report from './actions/report';
import { router } from './actions/router';
import * as vacancy from './actions/vacancy';
import * as webhook from './actions/webhook';
import { cegid } from './cegid.api';
import { listSearch } from './methods/listSearch';

export class CegidRecruiting implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Cegid Recruiting',
		name: 'cegidRecruiting',
		icon: { light: 'file:../../icons/cegid.svg', dark: 'file:../../icons/cegid.dark.svg' },
		group: ['input'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Export vacancies and candidates, report indexing, read referentials and manage webhooks in Cegid Digital Recruiting (Talentsoft)',
		defaults: { name: 'Cegid Recruiting' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [{ name: 'cegidRecruitingApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Candidate', value: 'candidate', description: 'Candidates (applicants) from the export API' },
					{ name: 'Custom API Call', value: 'customApiCall', description: 'Call any Cegid Recruiting endpoint not covered by the operations above' },
					{ name: 'Referential', value: 'referential', description: 'Coded values such as countries, with their translations' },
					{ name: 'Report', value: 'report', description: 'Indexing reports sent back to Cegid' },
					{ name: 'Vacancy', value: 'vacancy', description: 'Vacancies (job offers) from the export API' },
					{ name: 'Webhook', value: 'webhook', description: 'Event subscriptions managed by hand' },
				],
				default: 'vacancy',
			},
			...candidate.description,
			...referential.description,
			...report.description,
			...vacancy.description,
			...webhook.description,
			...customApiCall.description,
			requestOptionsProperty,
		],
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations(this, router, cegid);
	}
}
