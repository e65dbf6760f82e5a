import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions } from 'n8n-workflow';

export interface BinaryFile {
	bytes: Buffer;
	fileName: string;
	mimeType: string;
}

/** What a file's first bytes say it is. */
export type FileFormat =
	| 'pdf'
	| 'doc'
	| 'docx'
	| 'odt'
	| 'rtf'
	| 'text'
	| 'png'
	| 'jpeg'
	| 'gif'
	| 'webp'
	| 'bmp'
	| 'tiff'
	| 'ico'
	| 'zip'
	| 'executable'
	| 'script'
	| 'unknown';

const FORMAT_NAMES: Record<FileFormat, string> = {
	pdf: 'PDF',
	doc: 'Word 97-2003 (.doc)',
	docx: 'Word (.docx)',
	odt: 'OpenDocument text (.odt)',
	rtf: 'RTF',
	text: 'plain text',
	png: 'PNG',
	jpeg: 'JPEG',
	gif: 'GIF',
	webp: 'WebP',
	bmp: 'BMP',
	tiff: 'TIFF',
	ico: 'ICO',
	zip: 'a ZIP archive',
	executable: 'a program (executable)',
	script: 'a script',
	unknown: 'of an unrecognised type',
};

/** The MIME type of each file format recognised by its content. */
export const MIME_TYPE_OF_FORMAT: Partial<Record<FileFormat, string>> = {
	pdf: 'application/pdf',
	doc: 'application/msword',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	odt: 'application/vnd.oasis.opendocument.text',
	rtf: 'application/rtf',
	text: 'text/plain',
	png: 'image/png',
	jpeg: 'image/jpeg',
	gif: 'image/gif',
	webp: 'image/webp',
	bmp: 'image/bmp',
	tiff: 'image/tiff',
	ico: 'image/x-icon',
};

/** CVs, resumes and cover letters: formats every applicant tracking system reads. */
export const DOCUMENT_FORMATS: FileFormat[] = ['pdf', 'doc', 'docx', 'odt', 'rtf', 'text'];
/** Images an image library reads (what a server-side image field accepts). */
export const IMAGE_FORMATS: FileFormat[] = ['png', 'jpeg', 'gif', 'webp', 'bmp', 'tiff', 'ico'];

/** File names a program or script is run from, whatever their bytes look like. */
const EXECUTABLE_NAME = /\.(exe|com|bat|cmd|msi|scr|dll|sh|bash|ps1|psm1|vbs|vbe|js|jse|wsf|jar|apk|app|bin|run|elf|cpl|hta|lnk|reg)$/i;

/**
 * Recognises a file by its content (magic bytes), never only by its declared MIME type or name:
 * a text file renamed logo.png is still text, and a program named cv.pdf is still a program.
 */
export function detectFileFormat(bytes: Buffer, fileName = ''): FileFormat {
	const startsWith = (signature: number[], at = 0) => signature.every((byte, index) => bytes[at + index] === byte);
	const ascii = (text: string, at = 0) => startsWith([...Buffer.from(text, 'latin1')], at);
	if (
		ascii('MZ') || // Windows and DOS programs
		startsWith([0x7f, 0x45, 0x4c, 0x46]) || // ELF (Linux)
		startsWith([0xfe, 0xed, 0xfa, 0xce]) ||
		startsWith([0xfe, 0xed, 0xfa, 0xcf]) ||
		startsWith([0xce, 0xfa, 0xed, 0xfe]) ||
		startsWith([0xcf, 0xfa, 0xed, 0xfe]) ||
		startsWith([0xca, 0xfe, 0xba, 0xbe]) || // Mach-O (macOS) and Java classes
		startsWith([0x00, 0x61, 0x73, 0x6d]) // WebAssembly
	) {
		return 'executable';
	}
	if (ascii('#!')) return 'script';
	if (ascii('%PDF-')) return 'pdf';
	if (startsWith([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
	if (ascii('{\\rtf')) return 'rtf';
	if (startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
	if (startsWith([0xff, 0xd8, 0xff])) return 'jpeg';
	if (ascii('GIF87a') || ascii('GIF89a')) return 'gif';
	if (ascii('RIFF') && ascii('WEBP', 8)) return 'webp';
	if (ascii('BM') && bytes.length >= 26) return 'bmp';
	if (startsWith([0x49, 0x49, 0x2a, 0x00]) || startsWith([0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
	if (startsWith([0x00, 0x00, 0x01, 0x00])) return 'ico';
	if (ascii('PK\x03\x04')) {
		const head = bytes.subarray(0, 64 * 1024).toString('latin1');
		if (/META-INF\/MANIFEST\.MF|classes\.dex|AndroidManifest\.xml/.test(head)) return 'executable';
		if (head.includes('mimetypeapplication/vnd.oasis.opendocument.text')) return 'odt';
		if (head.includes('word/')) return 'docx';
		return 'zip';
	}
	if (EXECUTABLE_NAME.test(fileName.trim())) return 'script';
	return looksLikeText(bytes) ? 'text' : 'unknown';
}

/** UTF-8 (or UTF-16 with a byte order mark) text without control characters other than tab, line breaks and form feed. */
function looksLikeText(bytes: Buffer): boolean {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
	const sample = bytes.subarray(0, 8192);
	for (const byte of sample) {
		if (byte < 0x09 || (byte > 0x0d && byte < 0x20) || byte === 0x7f) return false;
	}
	const text = sample.toString('utf8');
	// A replacement character means bytes that are not UTF-8 (a cut at the very end of the sample aside).
	return !text.slice(0, -4).includes('\ufffd');
}

export function describeFormats(formats: FileFormat[]): string {
	const names = formats.map((format) => FORMAT_NAMES[format]);
	return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names.join('');
}

/** What a provider takes in one file field: its formats and its size limit. */
export interface FileRule {
	/** The file's role in the provider's words, e.g. "a CV" or "a logo". */
	what: string;
	provider: string;
	formats: FileFormat[];
	/** The largest size accepted, in bytes. */
	maxBytes: number;
	/** Where the limit comes from, for the error: e.g. "Jobcase's documented limit". */
	limitSource: string;
}

/**
 * Reads a file from an input item's binary property, refusing it before any upload when it is
 * missing, empty or larger than the provider accepts.
 */
export async function readBinaryFile(
	context: IExecuteFunctions,
	itemIndex: number,
	propertyName: string,
	limits: { maxBytes: number; fieldLabel: string; defaultFileName: string; rule?: FileRule },
): Promise<BinaryFile> {
	const item = context.getInputData()[itemIndex];
	const available = Object.keys(item?.binary ?? {});
	if (!item?.binary?.[propertyName]) {
		throw new NodeOperationError(
			context.getNode(),
			`Invalid "${limits.fieldLabel}" in item ${itemIndex}: no binary property named "${propertyName}"`,
			{
				itemIndex,
				description: available.length
					? `This item has binary properties: ${available.join(', ')}. Enter one of them.`
					: 'This item has no binary data. Add a node before this one that reads or downloads the file.',
			},
		);
	}
	const metadata = context.helpers.assertBinaryData(itemIndex, propertyName);
	const bytes = await context.helpers.getBinaryDataBuffer(itemIndex, propertyName);
	if (bytes.length === 0) {
		throw new NodeOperationError(context.getNode(), `Invalid "${limits.fieldLabel}" in item ${itemIndex}: the file is empty`, {
			itemIndex,
		});
	}
	if (bytes.length > limits.maxBytes) {
		throw new NodeOperationError(
			context.getNode(),
			`Invalid "${limits.fieldLabel}" in item ${itemIndex}: the file is ${formatBytes(bytes.length)}, over the provider's limit of ${formatBytes(limits.maxBytes)}`,
			{ itemIndex, description: 'Compress the file or send a smaller one; the provider refuses larger files.' },
		);
	}
	const file: BinaryFile = {
		bytes,
		fileName: metadata.fileName ?? limits.defaultFileName,
		mimeType: metadata.mimeType || 'application/octet-stream',
	};
	return limits.rule ? checkFile(context, itemIndex, limits.fieldLabel, file, limits.rule) : file;
}

/**
 * Refuses a file whose content or size the provider cannot take, with the reason, before anything is
 * sent. The format comes from the file's bytes; the declared MIME type is only replaced when it says
 * nothing (application/octet-stream).
 */
export function checkFile(
	context: Pick<IExecuteFunctions, 'getNode'>,
	itemIndex: number,
	fieldLabel: string,
	file: BinaryFile,
	rule: FileRule,
): BinaryFile {
	const format = detectFileFormat(file.bytes, file.fileName);
	const declared = file.mimeType && file.mimeType !== 'application/octet-stream' ? ` (declared as ${file.mimeType})` : '';
	if (!rule.formats.includes(format)) {
		throw new NodeOperationError(
			context.getNode(),
			`Invalid "${fieldLabel}" in item ${itemIndex}: the file "${file.fileName}"${declared} is ${FORMAT_NAMES[format]}, but ${rule.provider} takes ${rule.what} only as ${describeFormats(rule.formats)}`,
			{
				itemIndex,
				description: `The file's content was checked, not only its name or declared type. Send ${rule.what} as ${describeFormats(rule.formats)}${
					format === 'executable' || format === 'script' ? '; programs and scripts are never sent' : ''
				}.`,
			},
		);
	}
	if (file.bytes.length > rule.maxBytes) {
		throw new NodeOperationError(
			context.getNode(),
			`Invalid "${fieldLabel}" in item ${itemIndex}: the file "${file.fileName}" is ${formatBytes(file.bytes.length)} (${file.bytes.length} bytes), but ${rule.provider} takes ${rule.what} of at most ${formatBytes(rule.maxBytes)} (${rule.limitSource})`,
			{ itemIndex, description: `Compress the file or send a smaller one (at most ${formatBytes(rule.maxBytes)}); ${rule.provider} would refuse it.` },
		);
	}
	const mimeType = declared ? file.mimeType : (MIME_TYPE_OF_FORMAT[format] ?? file.mimeType);
	return { ...file, mimeType };
}

export function formatBytes(size: number): string {
	if (size < 1024) return `${size} bytes`;
	if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
	return `${(size / (1024 * 1024)).toFixed(2)} MB`;
}
