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

/** An attachment's id as the archive (or JSON content) is keyed by: text, or a whole number; '' for anything else. */
export function attachmentId(value: unknown): string {
	if (typeof value === 'string') return value;
	return typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : '';
}

/**
 * The attachments whose file to output, each id once: when a record lists the same attachment id again (a genuine
 * export does not), only its first listing gets the file, so one page cannot output one file many times. Later
 * listings stay in the item's JSON, without a `binaryProperty`. `key` is how the content is looked up (ZIP entry
 * names ignore case).
 */
export function oncePerId(attachments: IDataObject[], key: (id: string) => string): Array<{ attachment: IDataObject; id: string }> {
	const seen = new Set<string>();
	const distinct: Array<{ attachment: IDataObject; id: string }> = [];
	for (const attachment of attachments) {
		const id = attachmentId(attachment.id);
		if (seen.has(key(id))) continue;
		seen.add(key(id));
		distinct.push({ attachment, id });
	}
	return distinct;
}
