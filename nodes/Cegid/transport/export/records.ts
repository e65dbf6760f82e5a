import type { IDataObject } from 'n8n-workflow';

import { CorruptExportError, type ExportPosition } from './corruptExportError';
import { type ExportFrame, isJsonRecord, jsonCandidate } from './jsonRecords';
import { attachmentsToDownload, oncePerId } from './resumeFilter';
import { ZipArchive } from './zipArchive';

const VACANCY_ENTRY = 'offerdetail';
const CANDIDATE_ENTRY = 'applicantdetail';

export interface ExportedFile {
	/** The attachment as the candidate's detail lists it (id, filename, mimeType, isResume). */
	attachment: IDataObject;
	bytes: Buffer;
}

export interface CandidateRecord {
	detail: IDataObject;
	/** Attachments whose content the archive holds, in the order the detail lists them. */
	files: ExportedFile[];
}

/** A vacancy archive holds `offerdetail`, the JSON `{"offerDetail": {...}}`. */
export function decodeVacancy(frame: ExportFrame, position: ExportPosition): IDataObject {
	if (isJsonRecord(frame)) return frame.detail;
	const archive = new ZipArchive(frame, position);
	const document = readJson(archive, VACANCY_ENTRY, position);
	const detail = document.offerDetail;
	if (!isObject(detail)) throw new CorruptExportError(`"${VACANCY_ENTRY}" has no "offerDetail" object`, position);
	return detail;
}

/**
 * A candidate archive holds `applicantdetail` and one entry per exported attachment, named by the
 * attachment's id. Files are read only when asked for, one at a time; an id listed twice is read once.
 */
export function decodeCandidate(frame: ExportFrame, position: ExportPosition, withFiles: boolean): CandidateRecord {
	if (isJsonRecord(frame)) return jsonCandidate(frame, position, withFiles);
	const archive = new ZipArchive(frame, position);
	const detail = readJson(archive, CANDIDATE_ENTRY, position);
	const listed = Array.isArray(detail.attachments) ? detail.attachments.filter(isObject) : [];
	const files: ExportedFile[] = [];
	if (withFiles) {
		// Each id once (its first listing), and every read counted against the page's budget by the archive.
		for (const { attachment, id } of oncePerId(attachmentsToDownload(listed, position), (name) => name.toLowerCase())) {
			if (id !== '' && archive.has(id)) files.push({ attachment, bytes: archive.read(id) });
		}
	}
	return { detail, files };
}

function readJson(archive: ZipArchive, entry: string, position: ExportPosition): IDataObject {
	if (!archive.has(entry)) {
		throw new CorruptExportError(`the archive has no "${entry}" entry (it holds: ${archive.names().join(', ') || 'nothing'})`, position);
	}
	const parsed = parseJsonObject(archive.read(entry).toString('utf8').replace(/^\uFEFF/, ''));
	if (!parsed) throw new CorruptExportError(`"${entry}" is not a JSON object`, position);
	return parsed;
}

function parseJsonObject(text: string): IDataObject | undefined {
	try {
		const value: unknown = JSON.parse(text);
		return isObject(value) ? value : undefined;
	} catch {
		return undefined;
	}
}

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
