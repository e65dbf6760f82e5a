import { randomBytes } from 'crypto';

import type { BinaryFile } from './binary';

export type MultipartPart = { name: string; value: string } | { name: string; file: BinaryFile };

/**
 * Encodes multipart/form-data in memory. n8n's helpers send a Buffer body as is, so uploads need no
 * form library (community nodes may not ship one).
 */
export function encodeMultipart(parts: MultipartPart[]): { body: Buffer; contentType: string } {
	const boundary = `----n8nRecruiting${randomBytes(12).toString('hex')}`;
	const chunks: Buffer[] = [];
	for (const part of parts) {
		if ('file' in part) {
			chunks.push(
				Buffer.from(
					`--${boundary}\r\nContent-Disposition: form-data; name="${escapeQuoted(part.name)}"; filename="${escapeQuoted(part.file.fileName)}"\r\nContent-Type: ${safeMimeType(part.file.mimeType)}\r\n\r\n`,
				),
				part.file.bytes,
				Buffer.from('\r\n'),
			);
		} else {
			chunks.push(
				Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${escapeQuoted(part.name)}"\r\n\r\n${part.value}\r\n`),
			);
		}
	}
	chunks.push(Buffer.from(`--${boundary}--\r\n`));
	return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A MIME type as a header value: anything that is not `type/subtype[; parameters]` on one line becomes application/octet-stream. */
function safeMimeType(mimeType: string): string {
	return /^[\w.+-]+\/[\w.+-]+(\s*;[^\r\n]*)?$/.test(mimeType) ? mimeType : 'application/octet-stream';
}

function escapeQuoted(value: string): string {
	return value.replace(/["\r\n\\]/g, (character) => encodeURIComponent(character));
}
