import type { IDataObject } from 'n8n-workflow';

import type { ApiClient } from '../../shared/transport/apiClient';
import type { JobcaseEndpoint } from '../jobcase.api';

interface ListEnvelope {
	count?: number;
	results?: IDataObject[];
}

/** One page of a Jobcase list endpoint (`offset`/`limit` in, `{count, results}` out). */
export async function listPage(
	client: ApiClient<JobcaseEndpoint>,
	endpoint: JobcaseEndpoint,
	page: { offset: number; limit: number },
	filters: IDataObject,
	itemIndex: number,
): Promise<{ count?: number; results: IDataObject[] }> {
	const envelope = await client.request<ListEnvelope>(endpoint, { qs: { ...filters, ...page }, itemIndex });
	return { count: envelope?.count, results: Array.isArray(envelope?.results) ? envelope.results : [] };
}
