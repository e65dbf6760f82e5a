import type { IDataObject } from 'n8n-workflow';

import type { ApiClient } from '../../../shared/transport/apiClient';
import type { NhsJobEndpoint } from '../../nhsjob.api';
import { readPageEnd, type PageEnd } from './pageMeta';

export type JobPage = PageEnd & { items: IDataObject[] };

/**
 * Reads pages of `GET /jobs` (`page`/`limit` in, `{data, meta}` out). A page whose first job is
 * the first job of the page before means the API ignored `page`: it ends the list instead of
 * repeating it forever.
 */
export function jobPageReader(client: ApiClient<NhsJobEndpoint>, filters: IDataObject, itemIndex: number) {
	let previousFirstId: unknown;
	return async (page: { pageNumber: number; pageSize: number }): Promise<JobPage> => {
		const envelope = await client.request<unknown>('jobList', {
			qs: { ...filters, page: page.pageNumber, limit: page.pageSize },
			itemIndex,
		});
		const items = jobsOf(envelope);
		const firstId = items[0]?.id;
		if (page.pageNumber > 1 && firstId !== undefined && firstId === previousFirstId) return { items: [] };
		previousFirstId = firstId;
		const meta = typeof envelope === 'object' && envelope !== null ? (envelope as IDataObject).meta : undefined;
		return { items, ...readPageEnd(meta, page.pageNumber) };
	};
}

function jobsOf(envelope: unknown): IDataObject[] {
	const data = Array.isArray(envelope) ? envelope : (envelope as IDataObject | null)?.data;
	return Array.isArray(data) ? data.filter((job): job is IDataObject => typeof job === 'object' && job !== null) : [];
}
