import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { labelsOf, validateInput } from '../../../shared/validate';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { jobLocator, jobRequiredFields, jobUpdateAdditionalFields, readJobBody, readJobId } from './jobFields';
import { jobUpdateSchema } from './update.schema';

const properties: INodeProperties[] = [jobLocator, ...jobRequiredFields, jobUpdateAdditionalFields];

export const description: INodeProperties[] = showOnlyFor({ resource: ['job'], operation: ['update'] }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const jobId = readJobId(this, itemIndex);
	const body = validateInput(this.getNode(), jobUpdateSchema, readJobBody(this, itemIndex), itemIndex, labelsOf(properties));
	return await client.request<IDataObject>('jobUpdate', { pathParams: { jobId }, body, itemIndex });
}
