import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { labelsOf, readPositiveId, validateInput } from '../../../shared/validate';
import { jobIdProperty, jobUpdateBodyProperties, readJobBody } from '../../fields/jobFields';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { jobUpdateSchema } from '../../schemas';

const properties = [jobIdProperty, ...jobUpdateBodyProperties];

export const updateJob: OperationDefinition<JobcaseEndpoint> = {
	value: 'update',
	name: 'Update',
	action: 'Update a job',
	description: 'Replace a job’s details (Jobcase expects every required field); products and campaign are changed with Add Products and Remove Products',
	properties,
	async execute(itemIndex, client) {
		const jobId = readPositiveId(this, itemIndex, 'jobId', 'Job ID');
		const body = validateInput(this.getNode(), jobUpdateSchema, readJobBody(this, itemIndex), itemIndex, labelsOf(properties));
		return await client.request<IDataObject>('jobUpdate', { pathParams: { jobId }, body, itemIndex });
	},
};
