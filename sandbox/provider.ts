import type { Reply } from './core/reply';
import type { SandboxRequest } from './core/request';
import type { Router } from './core/router';

/**
 * What one emulated provider plugs into the server. A provider lives in `sandbox/<provider>/` and is
 * registered in `sandbox/registry.ts`.
 */
export interface SandboxProvider<Seed, Config, State> {
	readonly name: string;
	/** Mount point of the provider's API, e.g. `/jobcase/api/platform/v1`. */
	readonly prefix: string;
	/** Typed in-process access to the emulated data (replaced on every reset). */
	readonly state: State;
	/** Inspection routes, mounted under `/_control/<name>`. */
	readonly controlRoutes: Router;
	/** Handles one API call; `req.path` is relative to `prefix`. Throwing HttpError answers with it. */
	handle(req: SandboxRequest): Promise<Reply>;
	/** Wipes data and rate windows, restores the start-up config, and reseeds; returns a summary of the new data. */
	reset(seed?: Seed): unknown;
	/** Validates a seed sent to the control API; throws HttpError 400. */
	parseSeed(input: unknown): Seed;
	/** Applies a partial config sent to the control API (throws HttpError 400) and returns the whole config. */
	configure(patch: unknown): Config;
	currentConfig(): Config;
	/** What a client needs besides the base URL (API key, ids), as printable pairs. */
	connectionHints(): Record<string, string>;
}
