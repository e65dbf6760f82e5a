import type { IDataObject } from 'n8n-workflow';

import type { ApiClient } from '../../../shared/transport/apiClient';
import { describeBody, listGuard, listSource, notTheList } from '../../../shared/transport/listEnvelope';
import { forEachPageUntilEmpty, type PagingRequest } from '../../../shared/transport/paginate';
import type { CegidEndpoint } from '../../cegid.api';
import type { ExportPosition } from './corruptExportError';
import type { InflateBudget } from './inflateLimits';
import { asBuffer, splitFrames } from './frames';
import { type ExportFrame, isJsonExport, readJsonExportPage, recordDigest } from './jsonRecords';

export type ExportEndpoint = Extract<CegidEndpoint, 'vacancyExport' | 'candidateExport'>;

/**
 * Walks an export page by page (`offset`/`limit`, an empty body ends it; pages after the first start
 * one record early, to notice records deleted ahead of the reader) and hands each new record's
 * archive to `onRecord` before looking at the next, so at most one record is ever decoded at a time
 * and the page body is never copied.
 */
export async function forEachExportRecord(
	client: ApiClient<CegidEndpoint>,
	endpoint: ExportEndpoint,
	query: IDataObject,
	paging: PagingRequest,
	itemIndex: number | undefined,
	onRecord: (frame: ExportFrame, position: ExportPosition) => Promise<void> | void,
): Promise<number> {
	let pageOffset = 0;
	let inflated: InflateBudget = { used: 0 };
	const resumesOnly = query.attachmenttype === 'resume' ? { resumesOnly: true } : {};
	return await forEachPageUntilEmpty<ExportFrame>(
		async (page) => {
			pageOffset = page.offset;
			inflated = { used: 0 };
			return await readExportPage(client, endpoint, query, page, itemIndex);
		},
		paging,
		async (frames, positions) => {
			for (let index = 0; index < frames.length; index++) {
				await onRecord(frames[index], { pageOffset, recordIndex: positions[index] - pageOffset, inflated, ...resumesOnly });
			}
		},
		// Records are told apart by their archive's digest, so only 20 bytes per record are kept.
		listGuard(listSource(client, endpoint, itemIndex), recordDigest),
	);
}

/**
 * One page of an export (`offset`/`limit`): the records' archives (views of the body), or JSON records where the
 * site answers JSON. An empty list is the documented end of the export.
 */
export async function readExportPage(
	client: ApiClient<CegidEndpoint>,
	endpoint: ExportEndpoint,
	query: IDataObject,
	page: { offset: number; limit: number },
	itemIndex: number | undefined,
): Promise<ExportFrame[]> {
	const { body, headers } = await client.response(endpoint, {
		qs: { ...query, offset: page.offset, limit: page.limit },
		encoding: 'arraybuffer',
		itemIndex,
	});
	const bytes = asBuffer(body, page.offset);
	if (isJsonExport(bytes, headers)) {
		const kind = endpoint === 'vacancyExport' ? 'vacancy' : 'candidate';
		return readJsonExportPage(bytes, kind, (problem) => notTheList(listSource(client, endpoint, itemIndex), `page at offset ${page.offset}`, problem));
	}
	if (!startsWithArchive(bytes)) {
		throw notTheList(listSource(client, endpoint, itemIndex), `page at offset ${page.offset}`, describeBody(bytes.toString('utf8')));
	}
	return splitFrames(bytes, page.offset);
}

const ZIP_SIGNATURE = Buffer.from('PK', 'latin1');

/**
 * An export page is empty (the documented end) or starts with a length then a ZIP archive. Anything
 * else, such as an HTML login page or JSON answered with 200, is not an export page at all.
 */
function startsWithArchive(bytes: Buffer): boolean {
	return bytes.length === 0 || (bytes.length >= 6 && bytes.subarray(4, 6).equals(ZIP_SIGNATURE));
}
