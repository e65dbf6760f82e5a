import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { JobtrainEndpoint } from '../../jobtrain.api';
import { readId } from '../../transport/ids';
import { candidateIdLocator, jobIdLocator } from './fields';

export const description: INodeProperties[] = showOnlyFor({ resource: ['candidate'], operation: ['getApplication'] }, [
	jobIdLocator,
	candidateIdLocator,
]);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	client: ApiClient<JobtrainEndpoint>,
): Promise<OperationOutput> {
	const jobId = readId(this, itemIndex, 'jobId', 'Job');
	const candidateId = readId(this, itemIndex, 'candidateId', 'Candidate');
	return await client.request<IDataObject>('applicationDetail', { pathParams: { jobId, candidateId }, itemIndex });
}
