import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { readPositiveId } from '../../../shared/validate';
import { jobIdProperty } from '../../fields/jobFields';
import type { JobcaseEndpoint } from '../../jobcase.api';

export const getJob: OperationDefinition<JobcaseEndpoint> = {
	value: 'get',
	name: 'Get',
	action: 'Get a job',
	description: 'Retrieve a job by its Jobcase ID',
	properties: [jobIdProperty],
	async execute(itemIndex, client) {
		const jobId = readPositiveId(this, itemIndex, 'jobId', 'Job ID');
		return await client.request<IDataObject>('jobGet', { pathParams: { jobId }, itemIndex });
	},
};
