import { HttpError } from '../../core/httpError';
import type { FieldErrors } from './errorTree';

/** The error answers Django REST Framework gives, with its wording. */

export function notFound(): HttpError {
	return new HttpError(404, { detail: 'Not found.' });
}

export function validationFailed(errors: FieldErrors): HttpError {
	return new HttpError(400, errors);
}

export function permissionDenied(detail: string): HttpError {
	return new HttpError(403, { detail });
}

export function notAuthenticated(detail: string): HttpError {
	return new HttpError(401, { detail }, { 'WWW-Authenticate': 'X-Platform-Api-Key' });
}

export function methodNotAllowed(method: string, allowed: string[]): HttpError {
	return new HttpError(405, { detail: `Method "${method}" not allowed.` }, { Allow: [...allowed, 'OPTIONS'].join(', ') });
}

export function throttled(waitSeconds: number): HttpError {
	const unit = waitSeconds === 1 ? 'second' : 'seconds';
	return new HttpError(
		429,
		{ detail: `Request was throttled. Expected available in ${waitSeconds} ${unit}.` },
		{ 'Retry-After': String(waitSeconds) },
	);
}

export function parseError(detail: string): HttpError {
	return new HttpError(400, { detail });
}

export function unsupportedMediaType(mediaType: string): HttpError {
	return new HttpError(415, { detail: `Unsupported media type "${mediaType}" in request.` });
}

export function payloadTooLarge(body: unknown): HttpError {
	return new HttpError(413, body);
}
