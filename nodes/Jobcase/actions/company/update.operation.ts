import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { labelsOf, validateInput } from '../../../shared/validate';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { companySchema } from '../../schemas';
import { companyBodyProperties, companyLocator, readCompanyBody, readCompanyId } from './companyFields';

const properties: INodeProperties[] = [companyLocator, ...companyBodyProperties];

export const description: INodeProperties[] = showOnlyFor({ resource: ['company'], operation: ['update'] }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const companyId = readCompanyId(this, itemIndex);
	const input = readCompanyBody(this, itemIndex, await client.setting('partnerId'));
	const body = validateInput(this.getNode(), companySchema, input, itemIndex, labelsOf(properties));
	return await client.request<IDataObject>('companyUpdate', { pathParams: { companyId }, body, itemIndex });
}
