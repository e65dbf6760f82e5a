import { HttpError } from '../core/httpError';

/**
 * Jobtrain's documented status codes with their titles, as ASP.NET-style problem details
 * (`{type, title, status, detail}`); the body shape itself is assumed.
 */
const TITLES: Record<number, string> = {
	400: 'Invalid Format',
	401: 'Access Denied',
	403: 'Authentication Failure',
	404: 'Job or Application data does not exist',
	405: 'Method Not Allowed',
	408: 'Request Timeout',
	409: 'Duplicate Data',
	410: 'Job Closed',
	413: 'Files are too large',
	422: 'Mandatory field missing',
	429: 'Too Many Requests',
	500: 'Internal Server Error',
	503: 'Service Unavailable',
};

export interface ProblemDetails {
	readonly type: string;
	readonly title: string;
	readonly status: number;
	readonly detail: string;
	readonly errors?: Record<string, string[]>;
}

export function problem(status: number, detail: string, options: { errors?: Record<string, string[]>; headers?: Record<string, string> } = {}): HttpError {
	const body: ProblemDetails = {
		type: `https://httpstatuses.io/${status}`,
		title: TITLES[status] ?? 'Error',
		status,
		detail,
		...(options.errors && { errors: options.errors }),
	};
	return new HttpError(status, body, options.headers ?? {});
}

export const invalidFormat = (detail: string) => problem(400, detail);
export const accessDenied = (detail: string) => problem(401, detail, { headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
export const forbidden = (detail: string) => problem(403, detail);
export const notFound = (detail: string) => problem(404, detail);
export const duplicate = (detail: string) => problem(409, detail);
export const jobClosed = (jobId: number) => problem(410, `Job ${jobId} is closed and no longer accepts applications.`);
export const tooLarge = (detail: string) => problem(413, `${detail} CVs and files must be less than 1MB.`);

export function mandatoryMissing(errors: Record<string, string[]>): HttpError {
	const fields = Object.keys(errors);
	return problem(422, `Mandatory field missing or invalid: ${fields.join(', ')}. ${Object.values(errors).flat().join(' ')}`, { errors });
}
