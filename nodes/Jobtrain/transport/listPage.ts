import type { IDataObject } from 'n8n-workflow';

import type { ApiClient } from '../../shared/transport/apiClient';
import { describeBody, isRecord, listGuard, listSource, notTheList } from '../../shared/transport/listEnvelope';
import { collectNumberedPages, type PagingRequest } from '../../shared/transport/paginate';
import { jobtrainQuery, type JobtrainEndpoint } from '../jobtrain.api';

export interface JobtrainPage {
	items: IDataObject[];
	/** All records of the call (Jobtrain's `total`), when the response says. */
	total?: number;
}

/**
 * Reads one page of a Jobtrain list. Jobtrain publishes `total` (all records) and `results` (records on
 * this page) but not the name of the array, so the array is found wherever it is. Returns what the
 * body is instead when it is not such a page.
 */
export function readListBody(body: unknown): JobtrainPage | { problem: string } {
	if (Array.isArray(body)) return body.every(isRecord) ? { items: body } : { problem: 'an array of values that are not records' };
	if (!isRecord(body)) return { problem: describeBody(body) };
	const totalKey = Object.keys(body).find((candidate) => candidate.toLowerCase() === 'total');
	const total = numberField(body, 'total');
	if (totalKey !== undefined && total === undefined) return { problem: `"${totalKey}" that is not a number` };
	const arrays = Object.values(body).filter(Array.isArray);
	const items = (arrays.find((array) => array.some(isRecord)) ?? arrays[0]) as unknown[] | undefined;
	if (items === undefined) return { problem: describeBody(body) };
	if (!items.every(isRecord)) return { problem: 'a list holding values that are not records' };
	return { items: items as IDataObject[], total };
}

/** A Jobtrain record's identity: its most specific id. */
export function jobtrainRecordId(record: IDataObject): unknown {
	return record.applicationId ?? record.jobId ?? record.candidateId ?? record.id;
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
	const read = readListBody(body);
	if ('problem' in read) throw notTheList(listSource(client, endpoint, options.itemIndex), `page ${page.pageNumber}`, read.problem);
	return read;
}

/** Return All / Limit over `PageNo`/`PageSize`, stopping at Jobtrain's `total`. */
export async function collectList(
	client: ApiClient<JobtrainEndpoint>,
	endpoint: JobtrainEndpoint,
	paging: PagingRequest,
	options: { pathParams?: Record<string, string | number>; filters?: IDataObject; itemIndex?: number } = {},
): Promise<IDataObject[]> {
	return await collectNumberedPages(
		(page) => fetchListPage(client, endpoint, page, options),
		paging,
		listGuard(listSource(client, endpoint, options.itemIndex), jobtrainRecordId),
	);
}

/** .NET serializers may write `Total` as well as `total`. */
function numberField(body: IDataObject, name: string): number | undefined {
	const key = Object.keys(body).find((candidate) => candidate.toLowerCase() === name);
	const value = key === undefined ? undefined : Number(body[key]);
	return value !== undefined && Number.isFinite(value) ? value : undefined;
}
