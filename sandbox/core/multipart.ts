import { parseHeaderWithParams } from './contentType';

export interface MultipartFile {
	readonly fieldName: string;
	readonly filename: string;
	readonly contentType: string;
	readonly bytes: Buffer;
}

export interface MultipartForm {
	/** Text parts by name; a repeated name keeps the last value, as most form parsers do for scalar fields. */
	readonly fields: Record<string, string>;
	readonly files: MultipartFile[];
}

export class MultipartError extends Error {}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

/**
 * Parses a multipart/form-data body (RFC 7578). Parts that carry a filename are files, the others text fields.
 * Throws MultipartError when the boundary is missing or the body is not well formed.
 */
export function parseMultipart(body: Buffer, contentTypeHeader: string | undefined): MultipartForm {
	const boundary = parseHeaderWithParams(contentTypeHeader).params['boundary'];
	if (!boundary) throw new MultipartError('Invalid boundary in multipart: None');
	const delimiter = Buffer.from(`--${boundary}`);
	const fields: Record<string, string> = {};
	const files: MultipartFile[] = [];

	let position = body.indexOf(delimiter);
	if (position < 0) throw new MultipartError('Multipart body does not contain its boundary.');
	while (true) {
		position += delimiter.length;
		if (body.subarray(position, position + 2).toString('latin1') === '--') break;
		if (!body.subarray(position, position + 2).equals(CRLF)) {
			throw new MultipartError('Malformed multipart boundary line.');
		}
		position += 2;
		const headerEnd = body.indexOf(HEADER_END, position);
		if (headerEnd < 0) throw new MultipartError('Multipart part has no header terminator.');
		const headers = parsePartHeaders(body.subarray(position, headerEnd).toString('utf8'));
		const contentStart = headerEnd + HEADER_END.length;
		const next = body.indexOf(Buffer.concat([CRLF, delimiter]), contentStart);
		if (next < 0) throw new MultipartError('Multipart body is truncated (closing boundary not found).');
		addPart(headers, body.subarray(contentStart, next), fields, files);
		position = next + CRLF.length;
	}
	return { fields, files };
}

function parsePartHeaders(block: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const line of block.split('\r\n')) {
		const colon = line.indexOf(':');
		if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
	}
	return headers;
}

function addPart(
	headers: Record<string, string>,
	content: Buffer,
	fields: Record<string, string>,
	files: MultipartFile[],
): void {
	const disposition = parseHeaderWithParams(headers['content-disposition']);
	const name = disposition.params['name'];
	if (disposition.mediaType !== 'form-data' || name === undefined) {
		throw new MultipartError('Multipart part without a form-data Content-Disposition name.');
	}
	const filename = filenameOf(disposition.params);
	if (filename === undefined) {
		fields[name] = content.toString('utf8');
		return;
	}
	files.push({
		fieldName: name,
		filename,
		contentType: headers['content-type'] ?? 'application/octet-stream',
		// Copy so the stored file does not pin the whole request buffer in memory.
		bytes: Buffer.from(content),
	});
}

function filenameOf(params: Record<string, string>): string | undefined {
	const extended = params['filename*'];
	if (extended) {
		const match = /^[^']*'[^']*'(.*)$/.exec(extended);
		if (match) {
			try {
				return decodeURIComponent(match[1]);
			} catch {
				return match[1];
			}
		}
	}
	return params['filename'];
}
