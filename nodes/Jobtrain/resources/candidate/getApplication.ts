import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { candidateIdProperty, jobIdProperty, readId } from '../../fields/ids';
import type { JobtrainEndpoint } from '../../jobtrain.api';

export const getApplication: OperationDefinition<JobtrainEndpoint> = {
	value: 'getApplication',
	name: 'Get Application',
	action: 'Get a candidate’s application to a job',
	description: 'Get the candidate’s application detail by job ID and candidate ID',
	properties: [jobIdProperty, candidateIdProperty],
	async execute(itemIndex, client) {
		const jobId = readId(this, itemIndex, 'jobId', 'Job Name or ID');
		const candidateId = readId(this, itemIndex, 'candidateId', 'Candidate ID');
		return await client.request<IDataObject>('applicationDetail', { pathParams: { jobId, candidateId }, itemIndex });
	},
};
