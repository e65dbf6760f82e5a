import { HttpError } from '../core/httpError';

/**
 * Error bodies in the shape of the ASP.NET Web API the Talentsoft back end is built on: a `message`,
 * and for invalid input a `modelState` naming each field.
 */
export function unauthorized(): HttpError {
	return new HttpError(401, { message: 'Authorization has been denied for this request.' }, { 'WWW-Authenticate': 'Bearer' });
}

export function invalid(field: string, problem: string): HttpError {
	return new HttpError(400, { message: `The request is invalid: ${field} ${problem}`, modelState: { [field]: [problem] } });
}

export function notFound(what: string): HttpError {
	return new HttpError(404, { message: what });
}

export function noResource(path: string): HttpError {
	return new HttpError(404, { message: `No HTTP resource was found that matches the request URI '${path}'.` });
}

export function methodNotAllowed(method: string, allowed: string[]): HttpError {
	return new HttpError(405, { message: `The requested resource does not support http method '${method}'.` }, { Allow: allowed.join(', ') });
}

export function throttled(retryAfterSeconds: number): HttpError {
	return new HttpError(429, { message: 'Too many requests: slow down.' }, { 'Retry-After': String(retryAfterSeconds) });
}

/** OAuth2 errors of the token endpoint. */
export function oauthError(error: string, description: string): HttpError {
	return new HttpError(400, { error, error_description: description });
}
