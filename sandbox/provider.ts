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
	/** The records listed at `path` (relative to `prefix`), in list order, for faults that change a list while it is read. */
	listedRecords?(path: string): Map<unknown, unknown> | undefined;
}

/** What a provider's base needs to know about its seeds and configs. */
export interface ProviderSettings<Seed, Config> {
	readonly defaultConfig: Config;
	/** Applies a partial config over the current one; throws HttpError 400. */
	readonly mergeConfig: (current: Config, patch: unknown) => Config;
	/** Validates a seed sent to the control API; throws HttpError 400. */
	readonly parseSeed: (input: unknown) => Seed;
}

/** A provider's start-up options: settings that hold at start and after every reset. */
export interface ProviderOptions<Seed, Config> {
	readonly config?: Partial<Config>;
	readonly seed?: Seed;
}

/**
 * The config and seed plumbing every provider shares: the start-up config, restored on reset and patched by
 * `configure()`, and the start-up seed that a reset's seed falls back to.
 */
export abstract class ProviderBase<Seed extends object, Config, State> implements SandboxProvider<Seed, Config, State> {
	abstract readonly name: string;
	abstract readonly prefix: string;
	abstract readonly state: State;
	abstract readonly controlRoutes: Router;
	abstract handle(req: SandboxRequest): Promise<Reply>;
	abstract reset(seed?: Seed): unknown;
	abstract connectionHints(): Record<string, string>;

	protected config: Config;
	protected readonly startupSeed: Seed;
	private readonly baselineConfig: Config;

	constructor(
		private readonly settings: ProviderSettings<Seed, Config>,
		options: ProviderOptions<Seed, Config>,
	) {
		this.baselineConfig = settings.mergeConfig(settings.defaultConfig, options.config);
		this.config = this.baselineConfig;
		this.startupSeed = options.seed ?? ({} as Seed);
	}

	parseSeed(input: unknown): Seed {
		return this.settings.parseSeed(input);
	}

	configure(patch: unknown): Config {
		this.config = this.settings.mergeConfig(this.config, patch);
		return this.config;
	}

	currentConfig(): Config {
		return this.config;
	}

	/** For `reset()`: restores the start-up config and returns the seed to use, sizes missing from `seed` taken from the start-up seed. */
	protected restart(seed?: Seed): Seed {
		this.config = this.baselineConfig;
		return { ...this.startupSeed, ...seed };
	}
}
