/** Redirects are never followed: these read what a 3xx answer pointed to, for the error that reports it. */

export function isRedirect(statusCode: number): boolean {
	return statusCode >= 300 && statusCode < 400;
}

/** Where a redirect pointed: the origin only (its path or query could carry anything), or undefined when it names none. */
export function redirectOrigin(location: unknown, requestUrl: string): string | undefined {
	const value = Array.isArray(location) ? (location[0] as unknown) : location;
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	try {
		const origin = new URL(value.trim(), requestUrl).origin;
		return origin === 'null' ? undefined : origin;
	} catch {
		return undefined;
	}
}
