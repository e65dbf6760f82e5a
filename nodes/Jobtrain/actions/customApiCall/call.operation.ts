import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { customApiCallProperties, executeCustomApiCall } from '../../../shared/customApiCall';
import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { JobtrainEndpoint } from '../../jobtrain.api';

/** The shared passthrough, first-class here because Jobtrain's paths are known to partners only. */
export const description: INodeProperties[] = showOnlyFor({ resource: ['customApiCall'], operation: ['call'] }, [
	{
		displayName:
			'Jobtrain publishes its endpoints to API partners only. Enter any path from your Jobtrain API documentation (e.g. /jobs?PageNo=2&PageSize=100); the token is fetched, sent as a bearer header and renewed for you.',
		name: 'jobtrainCallNotice',
		type: 'notice',
		default: '',
	},
	...customApiCallProperties,
]);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	client: ApiClient<JobtrainEndpoint>,
): Promise<OperationOutput> {
	return await executeCustomApiCall.call(this, itemIndex, client as ApiClient);
}
