import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import { limitProperty, readPaging, returnAllProperty } from '../../../shared/properties/paging';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { JobtrainEndpoint } from '../../jobtrain.api';
import { readId } from '../../transport/ids';
import { collectList } from '../../transport/listPage';
import { jobIdLocator } from './fields';

export const description: INodeProperties[] = showOnlyFor({ resource: ['candidate'], operation: ['getManyForJob'] }, [
	jobIdLocator,
	returnAllProperty,
	limitProperty,
]);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	client: ApiClient<JobtrainEndpoint>,
): Promise<OperationOutput> {
	const jobId = readId(this, itemIndex, 'jobId', 'Job');
	return await collectList(client, 'jobCandidates', readPaging(this, itemIndex, client.provider.maxPageSize), {
		pathParams: { jobId },
		itemIndex,
	});
}
