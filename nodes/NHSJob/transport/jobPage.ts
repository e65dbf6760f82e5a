import type { IDataObject } from 'n8n-workflow';

import type { ApiClient } from '../../shared/transport/apiClient';
import { describeBody, isRecord, listGuard, listSource, notTheList } from '../../shared/transport/listEnvelope';
import type { ListGuard } from '../../shared/transport/paginate';
import type { NhsJobEndpoint } from '../nhsjob.api';
import { readPageEnd, type PageEnd } from './pageMeta';

export type JobPage = PageEnd & { items: IDataObject[] };

/**
 * Reads pages of `GET /jobs` (`page`/`limit` in, `{data, meta}` out). A body that is not such a page
 * fails the item; a page the API repeats is caught by the guard (see `jobListGuard`).
 */
export function jobPageReader(client: ApiClient<NhsJobEndpoint>, filters: IDataObject, itemIndex?: number) {
	return async (page: { pageNumber: number; pageSize: number }): Promise<JobPage> => {
		const envelope = await client.request<unknown>('jobList', {
			qs: { ...filters, page: page.pageNumber, limit: page.pageSize },
			itemIndex,
		});
		const data = Array.isArray(envelope) ? envelope : isRecord(envelope) ? envelope.data : undefined;
		if (!Array.isArray(data) || !data.every(isRecord)) {
			const problem = Array.isArray(data) ? '"data" holding values that are not jobs' : describeBody(envelope, 'data');
			throw notTheList(listSource(client, 'jobList', itemIndex), `page ${page.pageNumber}`, problem);
		}
		const meta = isRecord(envelope) ? envelope.meta : undefined;
		return { items: data as IDataObject[], ...readPageEnd(meta, page.pageNumber) };
	};
}

/** Jobs are told apart by their `id`. */
export function jobListGuard(client: ApiClient<NhsJobEndpoint>, itemIndex: number): ListGuard<IDataObject> {
	return listGuard(listSource(client, 'jobList', itemIndex), (job) => job.id);
}
