import type { IDataObject } from 'n8n-workflow';

import type { ApiClient } from '../../shared/transport/apiClient';
import { forEachPageUntilEmpty, type PagingRequest } from '../../shared/transport/paginate';
import type { CegidEndpoint } from '../cegid.api';
import type { ExportPosition } from './corruptExportError';
import { asBuffer, splitFrames } from './frames';

export type ExportEndpoint = Extract<CegidEndpoint, 'vacancyExport' | 'candidateExport'>;

/**
 * Walks an export page by page (`offset`/`limit`, an empty body ends it) and hands each record's
 * archive to `onRecord` before looking at the next, so at most one record is ever decoded at a time
 * and the page body is never copied.
 */
export async function forEachExportRecord(
	client: ApiClient<CegidEndpoint>,
	endpoint: ExportEndpoint,
	query: IDataObject,
	paging: PagingRequest,
	itemIndex: number | undefined,
	onRecord: (frame: Buffer, position: ExportPosition) => Promise<void> | void,
): Promise<number> {
	let pageOffset = 0;
	return await forEachPageUntilEmpty<Buffer>(
		async (page) => {
			pageOffset = page.offset;
			const body = await client.request<unknown>(endpoint, {
				qs: { ...query, offset: page.offset, limit: page.limit },
				encoding: 'arraybuffer',
				itemIndex,
			});
			return splitFrames(asBuffer(body, page.offset), page.offset);
		},
		paging,
		async (frames) => {
			for (let recordIndex = 0; recordIndex < frames.length; recordIndex++) {
				await onRecord(frames[recordIndex], { pageOffset, recordIndex });
			}
		},
	);
}
