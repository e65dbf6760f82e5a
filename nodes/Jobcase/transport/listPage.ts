import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, JsonObject } from 'n8n-workflow';

import type { ApiClient } from '../../shared/transport/apiClient';
import { describeBody, isRecord, listGuard, listSource, notTheList } from '../../shared/transport/listEnvelope';
import { collectOffsetPages, type PagingRequest } from '../../shared/transport/paginate';
import { JOBCASE_DOCUMENTED_PAGE_SIZE, type JobcaseEndpoint } from '../jobcase.api';

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

/**
 * Credentials (by ID and Base URL) whose Jobcase refused a page larger than the documented 100 with a 400: their
 * lists are read in pages of 100 from then on, in this process.
 */
const refusedLargePages = new Set<string>();

/** A 400 about the page size: Django REST Framework names the field, `{"limit": ["Ensure this value is …"]}`. */
function refusesPageSize(error: unknown): boolean {
	const failure = error as { httpCode?: string; errorResponse?: { body?: unknown } };
	const body = failure.errorResponse?.body;
	return failure.httpCode === '400' && isRecord(body) && Array.isArray(body.limit);
}

async function pagingScope(client: ApiClient<JobcaseEndpoint>): Promise<string> {
	const credential = client.node().credentials?.[client.provider.credentialType];
	return JSON.stringify([credential?.id ?? credential?.name ?? '', await client.baseUrl()]);
}

/**
 * Every record (or `paging.limit` of them) of a Jobcase list, each once, by its `id`. Jobcase documents 100 records
 * per page "by default" and no maximum, so pages of `paging.maxPageSize` (1,000) are asked for: a server that serves
 * fewer is read on from where its page ended; one that refuses the size (400) is asked again for 100, and so is every
 * later list of this credential.
 */
export async function collectJobcaseList(
	client: ApiClient<JobcaseEndpoint>,
	endpoint: JobcaseEndpoint,
	paging: PagingRequest,
	filters: IDataObject,
	itemIndex: number,
): Promise<IDataObject[]> {
	const scope = await pagingScope(client);
	const maxPageSize = refusedLargePages.has(scope) ? Math.min(paging.maxPageSize, JOBCASE_DOCUMENTED_PAGE_SIZE) : paging.maxPageSize;
	const fetchPage = async (page: { offset: number; limit: number }): Promise<JobcasePage> => {
		if (page.limit > JOBCASE_DOCUMENTED_PAGE_SIZE && refusedLargePages.has(scope)) page = { ...page, limit: JOBCASE_DOCUMENTED_PAGE_SIZE };
		if (page.limit <= JOBCASE_DOCUMENTED_PAGE_SIZE) return await listPage(client, endpoint, page, filters, itemIndex);
		try {
			return await listPage(client, endpoint, page, filters, itemIndex);
		} catch (error) {
			// NodeApiError hands back the same error instance when given one.
			if (!refusesPageSize(error)) throw new NodeApiError(client.node(), error as JsonObject);
			refusedLargePages.add(scope);
			return await listPage(client, endpoint, { ...page, limit: JOBCASE_DOCUMENTED_PAGE_SIZE }, filters, itemIndex);
		}
	};
	return await collectOffsetPages<IDataObject>(
		fetchPage,
		{ ...paging, maxPageSize },
		listGuard(listSource(client, endpoint, itemIndex), (record) => record.id),
	);
}
