import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { jobIdProperty, readId } from '../../fields/ids';
import type { JobtrainEndpoint } from '../../jobtrain.api';

export const getJob: OperationDefinition<JobtrainEndpoint> = {
	value: 'get',
	name: 'Get',
	action: 'Get a job',
	description: 'Retrieve one job’s detail by its Jobtrain ID',
	properties: [jobIdProperty],
	async execute(itemIndex, client) {
		const jobId = readId(this, itemIndex, 'jobId', 'Job Name or ID');
		return await client.request<IDataObject>('jobGet', { pathParams: { jobId }, itemIndex });
	},
};
