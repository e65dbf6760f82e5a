import type { IncomingHttpHeaders } from 'node:http';

/** A fully read request as handlers see it. */
export interface SandboxRequest {
	readonly method: string;
	/** Path relative to where the router is mounted, without query string. */
	readonly path: string;
	/** Path as received, without query string. */
	readonly fullPath: string;
	readonly query: URLSearchParams;
	readonly headers: IncomingHttpHeaders;
	readonly body: Buffer;
	/** True when the body exceeded MAX_BODY_BYTES and was discarded. */
	readonly bodyTooLarge: boolean;
	/** Path parameters filled in by the router. */
	readonly params: Record<string, string>;
	/** Aborted when the server closes; pass to anything that waits. */
	readonly signal: AbortSignal;
}
