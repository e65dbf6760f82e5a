import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { JobtrainEndpoint } from '../../jobtrain.api';
import { readId } from '../../transport/ids';

export const description: INodeProperties[] = showOnlyFor({ resource: ['job'], operation: ['get'] }, [
	{
		displayName: 'Job',
		name: 'jobId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The Jobtrain job to retrieve',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a job...',
				typeOptions: { searchListMethod: 'searchJobs', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 1234',
				validation: [
					{
						type: 'regex',
						properties: { regex: '^[A-Za-z0-9_-]+$', errorMessage: 'Enter a Jobtrain job ID: letters, digits, - and _ only' },
					},
				],
			},
		],
	},
]);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	client: ApiClient<JobtrainEndpoint>,
): Promise<OperationOutput> {
	const jobId = readId(this, itemIndex, 'jobId', 'Job');
	return await client.request<IDataObject>('jobGet', { pathParams: { jobId }, itemIndex });
}
