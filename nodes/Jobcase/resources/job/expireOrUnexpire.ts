import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { readPositiveId } from '../../../shared/validate';
import { jobIdProperty } from '../../fields/jobFields';
import type { JobcaseEndpoint } from '../../jobcase.api';

/** Expire and Unexpire differ only in the endpoint they call. */
function statusChange(
	value: 'expire' | 'unexpire',
	endpoint: JobcaseEndpoint,
	texts: { name: string; action: string; description: string },
): OperationDefinition<JobcaseEndpoint> {
	return {
		value,
		...texts,
		properties: [jobIdProperty],
		async execute(itemIndex, client) {
			const jobId = readPositiveId(this, itemIndex, 'jobId', 'Job ID');
			const response = await client.request<IDataObject | undefined>(endpoint, { pathParams: { jobId }, itemIndex });
			return response && Object.keys(response).length > 0 ? response : { id: jobId, success: true };
		},
	};
}

export const expireJob = statusChange('expire', 'jobExpire', {
	name: 'Expire',
	action: 'Expire a job',
	description: 'Expire a job so that it is no longer active',
});

export const unexpireJob = statusChange('unexpire', 'jobUnexpire', {
	name: 'Unexpire',
	action: 'Unexpire a job',
	description: 'Re-activate an expired job',
});
