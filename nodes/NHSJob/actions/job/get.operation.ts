import { z } from 'zod';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { labelsOf, validateInput } from '../../../shared/validate';
import type { NhsJobEndpoint } from '../../nhsjob.api';
import { resourceId } from '../../schemas';
import { unwrapData } from '../../transport/unwrapData';

export const jobIdSchema = z.object({ jobId: resourceId('job', 'job_12345') });

export const description: INodeProperties[] = showOnlyFor({ resource: ['job'], operation: ['get'] }, [
	{
		displayName: 'Job',
		name: 'jobId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The NHSJob job to retrieve',
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
				placeholder: 'e.g. job_12345',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^[A-Za-z0-9][A-Za-z0-9_-]*$',
							errorMessage: 'Enter an NHSJob job ID made of letters, digits, "_" and "-", e.g. job_12345',
						},
					},
				],
			},
		],
	},
]);

const labels = labelsOf(description);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	client: ApiClient<NhsJobEndpoint>,
): Promise<OperationOutput> {
	const input = { jobId: this.getNodeParameter('jobId', itemIndex, '', { extractValue: true }) };
	const { jobId } = validateInput(this.getNode(), jobIdSchema, input, itemIndex, labels);
	return unwrapData(await client.request<IDataObject>('jobGet', { pathParams: { jobId }, itemIndex }));
}
