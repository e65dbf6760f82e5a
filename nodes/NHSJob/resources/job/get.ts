import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { labelsOf, validateInput } from '../../../shared/validate';
import type { NhsJobEndpoint } from '../../nhsjob.api';
import { jobIdSchema } from '../../schemas';
import { unwrapData } from '../unwrapData';
import { jobIdProperty } from './jobIdProperty';

export const getJob: OperationDefinition<NhsJobEndpoint> = {
	value: 'get',
	name: 'Get',
	action: 'Get a job',
	description: 'Retrieve one job listing by its NHSJob ID',
	properties: [jobIdProperty],
	async execute(itemIndex, client) {
		const input = { jobId: this.getNodeParameter('jobId', itemIndex, '') };
		const { jobId } = validateInput(this.getNode(), jobIdSchema, input, itemIndex, labelsOf([jobIdProperty]));
		return unwrapData(await client.request<IDataObject>('jobGet', { pathParams: { jobId }, itemIndex }));
	},
};
