import type { IDataObject } from 'n8n-workflow';

import type { ApiClient } from '../../shared/transport/apiClient';
import { describeBody, isRecord, listGuard, listSource, notTheList } from '../../shared/transport/listEnvelope';
import { collectOffsetPages, type PagingRequest } from '../../shared/transport/paginate';
import type { JobcaseEndpoint } from '../jobcase.api';

export interface JobcasePage {
	count?: number;
	results: IDataObject[];
}

/** One page of a Jobcase list endpoint (`offset`/`limit` in, `{count, results}` out); anything else fails the item. */
export async function listPage(
	client: ApiClient<JobcaseEndpoint>,
	endpoint: JobcaseEndpoint,
	page: { offset: number; limit: number },
	filters: IDataObject,
	itemIndex: number,
): Promise<JobcasePage> {
	const envelope = await client.request<unknown>(endpoint, { qs: { ...filters, ...page }, itemIndex });
	const valid =
		isRecord(envelope) &&
		Array.isArray(envelope.results) &&
		envelope.results.every(isRecord) &&
		(envelope.count === undefined || typeof envelope.count === 'number');
	if (!valid) {
		const problem = isRecord(envelope) && Array.isArray(envelope.results) ? '"count" or "results" of the wrong type' : describeBody(envelope, 'results');
		throw notTheList(listSource(client, endpoint, itemIndex), `page at offset ${page.offset}`, problem);
	}
	return { count: envelope.count as number | undefined, results: envelope.results as IDataObject[] };
}

/** Every record (or `paging.limit` of them) of a Jobcase list, each once, by its `id`. */
export async function collectJobcaseList(
	client: ApiClient<JobcaseEndpoint>,
	endpoint: JobcaseEndpoint,
	paging: PagingRequest,
	filters: IDataObject,
	itemIndex: number,
): Promise<IDataObject[]> {
	return await collectOffsetPages<IDataObject>(
		(page) => listPage(client, endpoint, page, filters, itemIndex),
		paging,
		listGuard(listSource(client, endpoint, itemIndex), (record) => record.id),
	);
}
