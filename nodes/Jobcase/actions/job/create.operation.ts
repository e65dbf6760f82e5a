import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { labelsOf, validateInput } from '../../../shared/validate';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { jobSchema } from '../../schemas';
import { jobAdditionalFields, jobRequiredFields, readJobBody } from './jobFields';

const properties: INodeProperties[] = [...jobRequiredFields, jobAdditionalFields];

export const description: INodeProperties[] = showOnlyFor({ resource: ['job'], operation: ['create'] }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const body = validateInput(this.getNode(), jobSchema, readJobBody(this, itemIndex), itemIndex, labelsOf(properties));
	return await client.request<IDataObject>('jobCreate', { body, itemIndex });
}
