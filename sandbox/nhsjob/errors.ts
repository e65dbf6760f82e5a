import { HttpError } from '../core/httpError';

/** NHSJob's error body as its guide reads it (`errorData.message`), with a machine code and the field at fault. */
export function apiError(status: number, code: string, message: string, extra: Record<string, unknown> = {}, headers?: Record<string, string>): HttpError {
	return new HttpError(status, { error: code, message, ...extra }, headers);
}

export interface FieldProblem {
	readonly field: string;
	readonly message: string;
}

/** 422 naming every failing field; the message leads with the first. */
export function validationFailed(problems: FieldProblem[]): HttpError {
	const [first] = problems;
	return apiError(422, 'validation_error', `${first.field} ${first.message}`, { errors: problems });
}

export function invalidParameter(field: string, message: string): HttpError {
	return apiError(400, 'invalid_parameter', `${field} ${message}`, { field });
}

export function notFound(message: string): HttpError {
	return apiError(404, 'not_found', message);
}
