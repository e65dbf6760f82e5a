import type { Reply } from '../core/reply';
import type { SandboxRequest } from '../core/request';
import type { Router } from '../core/router';
import { ProviderBase, type ProviderOptions } from '../provider';
import { authenticate } from './access/bearer';
import { RateWindow } from './access/rateWindow';
import { TokenStore } from './access/tokenStore';
import { buildApiRouter } from './apiRouter';
import { type CegidConfig, type CegidPathStyle, DEFAULT_CEGID_CONFIG, mergeCegidConfig } from './config';
import type { CegidContext } from './context';
import { CEGID_ENDPOINTS, CEGID_PREFIX } from './endpoints';
import { ExportFaults } from './export/exportFaults';
import { type CegidCounts, buildInspectionRouter, countState } from './inspection';
import { methodNotAllowed, noResource, throttled } from './responses';
import { type CegidSeed, parseCegidSeed, resolveCegidSeed } from './seed/seedOptions';
import { seedCegidStore } from './seed/seedStore';
import type { CegidStore } from './store';

/** Settings that hold at start and after every reset, and the start-up seed. */
export type CegidProviderOptions = ProviderOptions<CegidSeed, CegidConfig>;

/** Cegid Digital Recruiting (Talentsoft) Matching Indexation API, emulated as its ASP.NET back end behaves. */
export class CegidProvider extends ProviderBase<CegidSeed, CegidConfig, CegidStore> {
	readonly name = 'cegid';
	readonly prefix = CEGID_PREFIX;
	readonly controlRoutes: Router;

	private store: CegidStore;
	private readonly tokens = new TokenStore();
	private readonly rateWindow = new RateWindow();
	private readonly exportFaults = new ExportFaults();
	/** One router per path style, so that the other form of a path is a 404 like any unknown path. */
	private readonly apis: Record<CegidPathStyle, Router>;

	constructor(options: CegidProviderOptions = {}) {
		super({ defaultConfig: DEFAULT_CEGID_CONFIG, mergeConfig: mergeCegidConfig, parseSeed: parseCegidSeed }, options);
		this.store = seedCegidStore(resolveCegidSeed(this.startupSeed, Date.now()));
		const ctx: CegidContext = {
			store: () => this.store,
			config: () => this.config,
			tokens: this.tokens,
			exportFaults: this.exportFaults,
		};
		this.apis = { example: buildApiRouter(ctx, 'example'), availability: buildApiRouter(ctx, 'availability'), swapped: buildApiRouter(ctx, 'swapped') };
		this.controlRoutes = buildInspectionRouter(ctx);
	}

	listedRecords(path: string): Map<unknown, unknown> | undefined {
		if (path.endsWith('/exports/v1/vacancies')) return this.store.vacancies;
		if (path.endsWith('/exports/v1/candidates')) return this.store.candidates;
		return undefined;
	}

	get state(): CegidStore {
		return this.store;
	}

	/** Unknown path: 404. Then the rate limit, the bearer token (except for the token endpoint itself), and the method (405). */
	async handle(req: SandboxRequest): Promise<Reply> {
		const match = this.apis[this.config.pathStyle].match(req.method, req.path);
		if (match.kind === 'not-found') throw noResource(req.fullPath);
		const wait = this.rateWindow.tryAcquire(this.config.rateLimitPerWindow, this.config.rateWindowSeconds * 1000, Date.now());
		if (wait > 0) throw throttled(wait);
		if (req.path !== CEGID_ENDPOINTS.requestToken.path) authenticate(req.headers, this.tokens, Date.now());
		if (match.kind === 'method-not-allowed') throw methodNotAllowed(req.method, match.allowed);
		return await match.handler({ ...req, params: match.params });
	}

	/** Sizes missing from `seed` fall back to the start-up seed, then to the defaults. */
	reset(seed?: CegidSeed): CegidCounts {
		const next = this.restart(seed);
		this.tokens.clear();
		this.rateWindow.clear();
		this.exportFaults.clear();
		this.store = seedCegidStore(resolveCegidSeed(next, Date.now()));
		return countState(this.store);
	}

	connectionHints(): Record<string, string> {
		return { clientId: this.config.clientId, clientSecret: this.config.clientSecret, scope: 'MatchingIndexation' };
	}
}
