import type { IBinaryData, IBinaryKeyData, IDataObject, INodeExecutionData } from 'n8n-workflow';

import { detectFileFormat, MIME_TYPE_OF_FORMAT, type FileFormat } from '../../../shared/binary';
import { withoutControlCharacters } from '../../../shared/controlCharacters';
import type { CandidateRecord, ExportedFile } from './records';

export interface BinaryPreparer {
	prepareBinaryData(binaryData: Buffer, filePath?: string, mimeType?: string): Promise<IBinaryData>;
}

const OCTET_STREAM = 'application/octet-stream';
/** Types a browser renders and runs: never taken from the server unless the content is known to be of that type. */
const ACTIVE_TYPES = /html|xml|svg|javascript|ecmascript/;
const CONTENT_MIME_TYPES: Partial<Record<FileFormat, string>> = {
	...MIME_TYPE_OF_FORMAT,
	zip: 'application/zip',
	executable: 'application/x-msdownload',
	script: OCTET_STREAM,
};

/**
 * A candidate as an n8n item: the export's JSON, with each exported attachment as binary data named
 * `<prefix>_<n>` and that name noted on the attachment (`binaryProperty`) so users can find it. The
 * server's file name is cut to a plain base name, and its MIME type replaced by what the content is
 * when they disagree (noted on the attachment as `typeMismatch`).
 */
export async function candidateToItem(
	helpers: BinaryPreparer,
	record: CandidateRecord,
	binaryPrefix: string,
): Promise<INodeExecutionData> {
	const binary: IBinaryKeyData = {};
	const noteByAttachment = new Map<IDataObject, IDataObject>();
	for (const [index, file] of record.files.entries()) {
		const property = `${binaryPrefix}_${index}`;
		const fileName = safeFileName(file.attachment.filename ?? file.attachment.fileName ?? file.attachment.name, file.attachment.id, index);
		const { mimeType, typeMismatch } = contentMimeType(file, fileName);
		// A base name only, so n8n sets no `directory` from it.
		binary[property] = await helpers.prepareBinaryData(file.bytes, fileName, mimeType);
		noteByAttachment.set(file.attachment, { binaryProperty: property, ...(typeMismatch && { typeMismatch }) });
	}
	const json: IDataObject = { ...record.detail };
	if (Array.isArray(record.detail.attachments)) {
		json.attachments = (record.detail.attachments as IDataObject[]).map((attachment) => {
			const note = noteByAttachment.get(attachment);
			return note ? { ...attachment, ...note } : attachment;
		});
	}
	return record.files.length > 0 ? { json, binary } : { json };
}

/** The last path segment of the server's name, without control characters; `attachment_<n>` when nothing usable is left. */
function safeFileName(name: unknown, id: unknown, index: number): string {
	for (const candidate of [name, id]) {
		if (typeof candidate !== 'string' && typeof candidate !== 'number') continue;
		// Control characters go, then only what follows the last / or \ is kept.
		const cleaned = withoutControlCharacters(String(candidate));
		const base = cleaned.split(/[/\\]/).pop()?.trim() ?? '';
		if (base !== '' && base !== '.' && base !== '..' && !/^\.+$/.test(base)) return base.slice(0, 200);
	}
	return `attachment_${index}`;
}

function contentMimeType(file: ExportedFile, fileName: string): { mimeType: string; typeMismatch?: IDataObject } {
	const raw = file.attachment.mimeType ?? file.attachment.contentType;
	const declared = typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : OCTET_STREAM;
	const essence = declared.split(';')[0].trim().toLowerCase();
	const format = detectFileFormat(file.bytes, fileName);
	let detected: string;
	if (format === 'text') detected = essence.startsWith('text/') && !ACTIVE_TYPES.test(essence) ? declared : 'text/plain';
	else if (format === 'unknown') detected = ACTIVE_TYPES.test(essence) ? OCTET_STREAM : declared;
	else if (format === 'zip' && /zip/.test(essence)) detected = declared;
	else detected = CONTENT_MIME_TYPES[format] ?? OCTET_STREAM;
	if (detected.split(';')[0].trim().toLowerCase() === essence) return { mimeType: declared };
	// Nothing declared: the content's type, with nothing to flag.
	if (typeof raw !== 'string' || raw.trim() === '') return { mimeType: detected };
	return { mimeType: detected, typeMismatch: { declaredMimeType: declared, detectedMimeType: detected, content: format } };
}
