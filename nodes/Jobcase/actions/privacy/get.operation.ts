import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { privacyEmailProperty, readPrivacyEmail } from './emailProperty';

export const description: INodeProperties[] = showOnlyFor({ resource: ['privacy'], operation: ['get'] }, [privacyEmailProperty]);

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const email = readPrivacyEmail(this, itemIndex);
	return await client.request<IDataObject>('ccpaGet', { qs: { email }, itemIndex });
}
