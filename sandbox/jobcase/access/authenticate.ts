import type { IncomingHttpHeaders } from 'node:http';

import { notAuthenticated } from '../drf/responses';

export const API_KEY_HEADER = 'x-platform-api-key';

/** Returns the API key when it is the configured one; throws the 401 DRF sends otherwise. */
export function authenticate(headers: IncomingHttpHeaders, expectedKey: string): string {
	const sent = headers[API_KEY_HEADER];
	const key = Array.isArray(sent) ? sent[0] : sent;
	if (key === undefined || key === '') throw notAuthenticated('Authentication credentials were not provided.');
	if (key !== expectedKey) throw notAuthenticated('Invalid API key.');
	return key;
}
