import type { ZipCompression } from '../config';
import type { CandidateRecord, VacancyRecord } from '../store';
import { writeZip } from '../zip/zipWriter';

export type AttachmentSelection = 'none' | 'resume' | 'all';

function methodFor(compression: ZipCompression, chronoNumber: number, entryIndex: number): 'store' | 'deflate' {
	if (compression !== 'mixed') return compression;
	return (chronoNumber + entryIndex) % 2 === 0 ? 'deflate' : 'store';
}

/** A vacancy's archive: one entry `offerdetail` holding `{"offerDetail": {...}}`. */
export function vacancyArchive(vacancy: VacancyRecord, compression: ZipCompression): Buffer {
	const data = Buffer.from(JSON.stringify({ offerDetail: vacancy.offerDetail }), 'utf8');
	const modified = new Date(`${String(vacancy.offerDetail.modificationDate)}Z`);
	return writeZip([{ name: 'offerdetail', data, method: methodFor(compression, vacancy.chronoNumber, 0) }], modified);
}

/**
 * A candidate's archive: `applicantdetail` (the detail with its full attachment list) and, depending
 * on `attachmenttype`, one entry per exported attachment named by its id.
 */
export function candidateArchive(candidate: CandidateRecord, selection: AttachmentSelection, compression: ZipCompression): Buffer {
	const attachments = candidate.attachments.map(({ id, isResume, mimeType, filename }) => ({ id, isResume, mimeType, filename }));
	const detail = Buffer.from(JSON.stringify({ ...candidate.detail, attachments }), 'utf8');
	const files = exportedFiles(candidate, selection);
	return writeZip(
		[
			{ name: 'applicantdetail', data: detail, method: methodFor(compression, candidate.chronoNumber, 0) },
			...files.map((file, index) => ({ name: file.id, data: file.bytes, method: methodFor(compression, candidate.chronoNumber, index + 1) })),
		],
		new Date(`${candidate.updateDate}Z`),
	);
}

/** The attachments whose files an export carries for `selection`. */
export function exportedFiles(candidate: CandidateRecord, selection: AttachmentSelection): CandidateRecord['attachments'] {
	return candidate.attachments.filter((attachment) => selection === 'all' || (selection === 'resume' && attachment.isResume));
}

/** The export body: each archive preceded by its length as a little-endian uint32. */
export function frame(archives: Buffer[]): Buffer {
	const parts: Buffer[] = [];
	for (const archive of archives) {
		const length = Buffer.alloc(4);
		length.writeUInt32LE(archive.length, 0);
		parts.push(length, archive);
	}
	return Buffer.concat(parts);
}
