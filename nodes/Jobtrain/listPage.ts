import type { IDataObject } from 'n8n-workflow';

import type { ApiClient } from '../shared/transport/apiClient';
import { collectNumberedPages, type PagingRequest } from '../shared/transport/paginate';
import { jobtrainQuery, type JobtrainEndpoint } from './jobtrain.api';

export interface JobtrainPage {
	items: IDataObject[];
	/** All records of the call (Jobtrain's `total`), when the response says. */
	total?: number;
}

/**
 * Reads one page of a Jobtrain list. Jobtrain publishes `total` (all records) and `results` (records on
 * this page) but not the name of the array, so the array is found wherever it is.
 */
export function readListBody(body: unknown): JobtrainPage {
	if (Array.isArray(body)) return { items: body.filter(isRecord) };
	if (!isRecord(body)) return { items: [] };
	const total = numberField(body, 'total');
	const arrays = Object.values(body).filter(Array.isArray);
	const items = (arrays.find((array) => array.some(isRecord)) ?? arrays[0] ?? []) as unknown[];
	return { items: items.filter(isRecord), total };
}

export async function fetchListPage(
	client: ApiClient<JobtrainEndpoint>,
	endpoint: JobtrainEndpoint,
	page: { pageNumber: number; pageSize: number },
	options: { pathParams?: Record<string, string | number>; filters?: IDataObject; itemIndex?: number } = {},
): Promise<JobtrainPage> {
	const body = await client.request<unknown>(endpoint, {
		pathParams: options.pathParams,
		qs: { ...options.filters, [jobtrainQuery.pageNo]: page.pageNumber, [jobtrainQuery.pageSize]: page.pageSize },
		itemIndex: options.itemIndex,
	});
	return readListBody(body);
}

/** Return All / Limit over `PageNo`/`PageSize`, stopping at Jobtrain's `total`. */
export async function collectList(
	client: ApiClient<JobtrainEndpoint>,
	endpoint: JobtrainEndpoint,
	paging: PagingRequest,
	options: { pathParams?: Record<string, string | number>; filters?: IDataObject; itemIndex?: number } = {},
): Promise<IDataObject[]> {
	return await collectNumberedPages((page) => fetchListPage(client, endpoint, page, options), paging);
}

function isRecord(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** .NET serializers may write `Total` as well as `total`. */
function numberField(body: IDataObject, name: string): number | undefined {
	const key = Object.keys(body).find((candidate) => candidate.toLowerCase() === name);
	const value = key === undefined ? undefined : Number(body[key]);
	return value !== undefined && Number.isFinite(value) ? value : undefined;
}
