import { parseHeaderWithParams } from '../../core/contentType';
import { HttpError } from '../../core/httpError';
import { parseJsonBody } from '../../core/jsonBody';
import type { SandboxRequest } from '../../core/request';

/** A JSON object body, as ASP.NET Web API reads it: other media types get 415, malformed JSON 400. */
export function jsonObjectBody(req: SandboxRequest): Record<string, unknown> {
	const mediaType = parseHeaderWithParams(req.headers['content-type'] as string | undefined).mediaType;
	if (mediaType !== 'application/json' && !mediaType.endsWith('+json')) {
		throw new HttpError(415, { message: `The request entity's media type '${mediaType || 'none'}' is not supported for this resource.` });
	}
	const parsed = parseJsonBody(req.body);
	if (!parsed.ok) throw new HttpError(400, { message: `The request is invalid: the body is not valid JSON (${parsed.message}).` });
	if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
		throw new HttpError(400, { message: 'The request is invalid: the body must be a JSON object.' });
	}
	return parsed.value as Record<string, unknown>;
}
