import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { campaignLocator, readCampaignId } from './campaignFields';

export const description: INodeProperties[] = showOnlyFor({ resource: ['campaign'], operation: ['get'] }, [campaignLocator]);

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const campaignId = readCampaignId(this, itemIndex);
	return await client.request<IDataObject>('campaignGet', { pathParams: { campaignId }, itemIndex });
}
