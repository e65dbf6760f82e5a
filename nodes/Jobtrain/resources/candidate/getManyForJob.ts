import type { OperationDefinition } from '../../../shared/operation';
import { readPaging, returnAllProperties } from '../../../shared/properties/paging';
import { jobIdProperty, readId } from '../../fields/ids';
import type { JobtrainEndpoint } from '../../jobtrain.api';
import { collectList } from '../../listPage';

export const getCandidatesForJob: OperationDefinition<JobtrainEndpoint> = {
	value: 'getManyForJob',
	name: 'Get Many for Job',
	action: 'Get the candidates of a job',
	description: 'List the candidates who applied for a job',
	properties: [jobIdProperty, ...returnAllProperties()],
	async execute(itemIndex, client) {
		const jobId = readId(this, itemIndex, 'jobId', 'Job Name or ID');
		return await collectList(client, 'jobCandidates', readPaging(this, itemIndex, client.provider.maxPageSize), {
			pathParams: { jobId },
			itemIndex,
		});
	},
};
