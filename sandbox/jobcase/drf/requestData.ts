import { parseHeaderWithParams } from '../../core/contentType';
import { parseJsonBody } from '../../core/jsonBody';
import { MultipartError, type MultipartFile, parseMultipart } from '../../core/multipart';
import type { SandboxRequest } from '../../core/request';
import { parseError, payloadTooLarge, unsupportedMediaType } from './responses';

export interface RequestData {
	/** The JSON body, or the text fields of a form. */
	readonly data: unknown;
	readonly files: readonly MultipartFile[];
}

/**
 * Reads the body with DRF's default parsers: JSON, multipart and url-encoded forms. Anything else with a body
 * is refused with 415, malformed input with 400.
 */
export function readRequestData(req: SandboxRequest): RequestData {
	if (req.bodyTooLarge) throw payloadTooLarge({ detail: 'Request body is too large.' });
	const contentType = req.headers['content-type'];
	const { mediaType } = parseHeaderWithParams(contentType);
	if (req.body.length === 0 && mediaType !== 'multipart/form-data') return { data: undefined, files: [] };

	if (mediaType === 'application/json' || mediaType.endsWith('+json')) {
		const parsed = parseJsonBody(req.body);
		if (!parsed.ok) throw parseError(`JSON parse error - ${parsed.message}`);
		return { data: parsed.value, files: [] };
	}
	if (mediaType === 'multipart/form-data') {
		try {
			const form = parseMultipart(req.body, contentType);
			return { data: form.fields, files: form.files };
		} catch (error) {
			if (error instanceof MultipartError) throw parseError(`Multipart form parse error - ${error.message}`);
			throw error;
		}
	}
	if (mediaType === 'application/x-www-form-urlencoded') {
		return { data: Object.fromEntries(new URLSearchParams(req.body.toString('utf8'))), files: [] };
	}
	throw unsupportedMediaType(contentType ?? '');
}
