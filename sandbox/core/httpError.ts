/** Thrown by handlers to answer with a given status and JSON body; the dispatcher turns it into a reply. */
export class HttpError extends Error {
	constructor(
		readonly status: number,
		readonly body: unknown,
		readonly headers: Record<string, string> = {},
	) {
		super(`HTTP ${status}`);
		this.name = 'HttpError';
	}
}
