import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { labelsOf, readPositiveId, validateInput } from '../../../shared/validate';
import { jobBodyProperties, jobIdProperty, readJobBody } from '../../fields/jobFields';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { jobSchema } from '../../schemas';

const properties = [jobIdProperty, ...jobBodyProperties];

export const updateJob: OperationDefinition<JobcaseEndpoint> = {
	value: 'update',
	name: 'Update',
	action: 'Update a job',
	description: 'Replace a job’s details (Jobcase expects every required field)',
	properties,
	async execute(itemIndex, client) {
		const jobId = readPositiveId(this, itemIndex, 'jobId', 'Job ID');
		const body = validateInput(this.getNode(), jobSchema, readJobBody(this, itemIndex), itemIndex, labelsOf(properties));
		return await client.request<IDataObject>('jobUpdate', { pathParams: { jobId }, body, itemIndex });
	},
};
