import type { IDataObject } from 'n8n-workflow';

import type { ExportPosition } from './corruptExportError';

/**
 * The attachments whose files to output. A page asked with `attachmenttype=resume` keeps only those the
 * applicant detail marks `isResume`, even if the server sent every file; when no attachment carries the
 * flag at all, what the server sent is kept, as nothing tells resumes apart.
 */
export function attachmentsToDownload(listed: IDataObject[], position: ExportPosition): IDataObject[] {
	if (!position.resumesOnly || !listed.some((attachment) => 'isResume' in attachment)) return listed;
	return listed.filter((attachment) => attachment.isResume === true || attachment.isResume === 'true');
}
