import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { jobLocator, readJobId } from './jobFields';

export const description: INodeProperties[] = showOnlyFor({ resource: ['job'], operation: ['unexpire'] }, [jobLocator]);

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const jobId = readJobId(this, itemIndex);
	const response = await client.request<IDataObject | undefined>('jobUnexpire', { pathParams: { jobId }, itemIndex });
	// Jobcase may answer with an empty body: the item then says which job changed.
	return response && Object.keys(response).length > 0 ? response : { id: jobId, success: true };
}
