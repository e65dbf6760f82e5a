import type { EndpointDefinition } from './types';

/**
 * Which form of a path each site answers, by credential and path family (e.g. Cegid's webhooks at
 * `/api/system/v1/…` or `/api/v1/system/…`). Kept for the process, so that once a site has answered
 * one form, later calls of every execution go straight to it.
 */
const answeredForm = new Map<string, 'path' | 'alternate'>();

function key(site: string, family: string): string {
	return `${site}|${family}`;
}

/** The endpoint's two forms, the one the site answered last first. */
export function pathsToTry(site: string, endpoint: EndpointDefinition): EndpointDefinition[] {
	const { alternate, ...primary } = endpoint;
	if (!alternate) return [endpoint];
	const other: EndpointDefinition = { ...primary, path: alternate.path };
	return answeredForm.get(key(site, alternate.family)) === 'alternate' ? [other, primary] : [primary, other];
}

/** Notes the form that answered (2xx) for later calls. */
export function rememberAnswered(site: string, endpoint: EndpointDefinition, answered: EndpointDefinition): void {
	if (!endpoint.alternate) return;
	answeredForm.set(key(site, endpoint.alternate.family), answered.path === endpoint.path ? 'path' : 'alternate');
}

/** A failed request that a 404 says was sent to a path this site does not serve (or a record it lacks). */
export function isNotFound(error: unknown): boolean {
	return String((error as { httpCode?: unknown } | undefined)?.httpCode) === '404';
}
