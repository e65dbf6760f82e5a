import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { customApiCallProperties, executeCustomApiCall } from '../../../shared/customApiCall';
import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { JobcaseEndpoint } from '../../jobcase.api';

export const description: INodeProperties[] = showOnlyFor({ resource: ['customApiCall'], operation: ['call'] }, customApiCallProperties);

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	return await executeCustomApiCall.call(this, itemIndex, client);
}
