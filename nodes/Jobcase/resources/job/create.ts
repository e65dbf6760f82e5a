import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { labelsOf, validateInput } from '../../../shared/validate';
import { jobBodyProperties, readJobBody } from '../../fields/jobFields';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { jobSchema } from '../../schemas';

export const createJob: OperationDefinition<JobcaseEndpoint> = {
	value: 'create',
	name: 'Create',
	action: 'Create a job',
	description: 'Post a new job for one of your companies',
	properties: jobBodyProperties,
	async execute(itemIndex, client) {
		const body = validateInput(this.getNode(), jobSchema, readJobBody(this, itemIndex), itemIndex, labelsOf(jobBodyProperties));
		return await client.request<IDataObject>('jobCreate', { body, itemIndex });
	},
};
