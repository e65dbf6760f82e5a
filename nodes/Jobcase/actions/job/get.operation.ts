import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { jobLocator, readJobId } from './jobFields';

export const description: INodeProperties[] = showOnlyFor({ resource: ['job'], operation: ['get'] }, [jobLocator]);

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const jobId = readJobId(this, itemIndex);
	return await client.request<IDataObject>('jobGet', { pathParams: { jobId }, itemIndex });
}
