import type { CandidateRecord, VacancyRecord } from '../store';
import { type AttachmentSelection, exportedFiles } from './archives';

/**
 * Exports as JSON, for sites that follow the guide's "JSON only" rule rather than production's ZIP
 * framing: the same documents the archives hold, one per record, with each exported file as base64 in
 * its attachment's `content`.
 */
export function vacancyJson(vacancy: VacancyRecord): Record<string, unknown> {
	return { offerDetail: vacancy.offerDetail };
}

export function candidateJson(candidate: CandidateRecord, selection: AttachmentSelection): Record<string, unknown> {
	const exported = new Set(exportedFiles(candidate, selection));
	const attachments = candidate.attachments.map((attachment) => {
		const { id, isResume, mimeType, filename } = attachment;
		return exported.has(attachment) ? { id, isResume, mimeType, filename, content: attachment.bytes.toString('base64') } : { id, isResume, mimeType, filename };
	});
	return { ...candidate.detail, attachments };
}

/** A JSON export page: a bare array, or `{"data": [...]}`; empty past the last record. */
export function jsonPage(records: Array<Record<string, unknown>>, envelope: boolean): unknown {
	return envelope ? { data: records } : records;
}
