import type { IDataObject } from 'n8n-workflow';

import type { JobtrainPage } from '../listPage';

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
		records = new Map();
		let firstTotal: number | undefined;
		let lastTotal: number | undefined;
		for (let pageNumber = 1; ; pageNumber++) {
			const page = await fetchPage({ pageNumber, pageSize });
			if (pageNumber === 1) firstTotal = page.total;
			lastTotal = page.total;
			for (const record of page.items) records.set(idOf(record), record);
			if (page.items.length === 0) break;
			if (lastTotal !== undefined ? pageNumber * pageSize >= lastTotal : page.items.length < pageSize) break;
		}
		const consistent = firstTotal === lastTotal && (lastTotal === undefined || records.size >= lastTotal);
		if (consistent) break;
	}
	return [...records.values()];
}
