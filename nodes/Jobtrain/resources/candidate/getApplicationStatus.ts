import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { candidateIdProperty, jobIdProperty, readId } from '../../fields/ids';
import type { JobtrainEndpoint } from '../../jobtrain.api';

export const getApplicationStatus: OperationDefinition<JobtrainEndpoint> = {
	value: 'getApplicationStatus',
	name: 'Get Application Status',
	action: 'Get the status of an application',
	description: 'Get where a candidate’s application to a job stands',
	properties: [jobIdProperty, candidateIdProperty],
	async execute(itemIndex, client) {
		const jobId = readId(this, itemIndex, 'jobId', 'Job Name or ID');
		const candidateId = readId(this, itemIndex, 'candidateId', 'Candidate ID');
		const status = await client.request<IDataObject | string>('applicationStatus', { pathParams: { jobId, candidateId }, itemIndex });
		return typeof status === 'object' && status !== null ? status : { jobId, candidateId, status };
	},
};
