import type { IDataObject } from 'n8n-workflow';

import { collectNumberedPages } from '../../shared/transport/paginate';
import type { JobtrainPage } from '../transport/listPage';

const MAX_READS = 3;

/**
 * Reads every page of a list. Page-number paging shifts when records enter or leave the list while it
 * is read, which can skip a record; when the total moved or fewer distinct records arrived than the
 * total, the list is read again (up to 3 times). Records are keyed by ID, so a shifted record seen
 * twice counts once.
 */
export async function readAllPages(
	fetchPage: (page: { pageNumber: number; pageSize: number }) => Promise<JobtrainPage>,
	pageSize: number,
	idOf: (record: IDataObject) => string,
): Promise<IDataObject[]> {
	let records = new Map<string, IDataObject>();
	for (let read = 1; read <= MAX_READS; read++) {
		const totals: Array<number | undefined> = [];
		const items = await collectNumberedPages(
			async (page) => {
				const result = await fetchPage(page);
				totals.push(result.total);
				return result;
			},
			{ returnAll: true, maxPageSize: pageSize },
		);
		records = new Map(items.map((record) => [idOf(record), record]));
		const [firstTotal] = totals;
		const lastTotal = totals[totals.length - 1];
		if (firstTotal === lastTotal && (lastTotal === undefined || records.size >= lastTotal)) break;
	}
	return [...records.values()];
}
