import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { companyLocator, readCompanyId } from './companyFields';

export const description: INodeProperties[] = showOnlyFor({ resource: ['company'], operation: ['get'] }, [companyLocator]);

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const companyId = readCompanyId(this, itemIndex);
	return await client.request<IDataObject>('companyGet', { pathParams: { companyId }, itemIndex });
}
