import { type Reply } from '../core/reply';
import type { SandboxRequest } from '../core/request';
import { Router } from '../core/router';
import { ProviderBase, type ProviderOptions } from '../provider';
import { authenticate, requirePermission } from './access/principal';
import { RateWindow } from './access/rateWindow';
import { type ApiRoutes, type AuthenticatedRequest, buildApiRoutes } from './apiRouter';
import { DEFAULT_NHSJOB_CONFIG, mergeNhsJobConfig, type NhsJobConfig } from './config';
import type { NhsJobContext } from './context';
import { buildControlRoutes } from './control/controlRoutes';
import { countState, type NhsJobCounts } from './control/counts';
import { NHSJOB_API_BASE, NHSJOB_API_ROUTES, NHSJOB_OAUTH_ROUTES, NHSJOB_PREFIX } from './endpoints';
import { apiError } from './errors';
import { authorize } from './oauth/authorize';
import { OAuthStore } from './oauth/oauthStore';
import { token } from './oauth/token';
import type { NhsJobStore } from './records';
import { type NhsJobSeed, parseNhsJobSeed, resolveSeed } from './seed/seedOptions';
import { seedNhsJobStore } from './seed/seedStore';
import { EventSource } from './webhooks/eventSource';

const RATE_WINDOW_MS = 60_000;

/** Settings that hold at start and after every reset, and the start-up seed. */
export type NhsJobProviderOptions = ProviderOptions<NhsJobSeed, NhsJobConfig>;

/**
 * NHSJob's REST API (`/v1`), its OAuth 2.0 authorization server (`/oauth`) and its webhooks, as a
 * plausible JSON API behaves: route, then authenticate, throttle per key or OAuth client, check the
 * method and the permission, then validate.
 */
export class NhsJobProvider extends ProviderBase<NhsJobSeed, NhsJobConfig, NhsJobStore> {
	readonly name = 'nhsjob';
	readonly prefix = NHSJOB_PREFIX;
	readonly controlRoutes: Router;

	private store: NhsJobStore;
	private oauth = new OAuthStore();
	private events = new EventSource();
	private readonly rateWindow = new RateWindow(RATE_WINDOW_MS);
	private readonly api: ApiRoutes;
	private readonly oauthRoutes: Router;

	constructor(options: NhsJobProviderOptions = {}) {
		super({ defaultConfig: DEFAULT_NHSJOB_CONFIG, mergeConfig: mergeNhsJobConfig, parseSeed: parseNhsJobSeed }, options);
		this.store = seedNhsJobStore(resolveSeed(this.startupSeed, Date.now()));
		const ctx: NhsJobContext = { store: () => this.store, config: () => this.config, events: () => this.events };
		this.api = buildApiRoutes(ctx);
		this.oauthRoutes = new Router()
			.add(NHSJOB_OAUTH_ROUTES.authorize.method, NHSJOB_OAUTH_ROUTES.authorize.path, (req) => authorize(req, this.config, this.oauth, Date.now()))
			.add(NHSJOB_OAUTH_ROUTES.token.method, NHSJOB_OAUTH_ROUTES.token.path, (req) => token(req, this.config, this.oauth, Date.now()));
		this.controlRoutes = buildControlRoutes(ctx, () => this.oauth);
	}

	listedRecords(path: string): Map<unknown, unknown> | undefined {
		return path.endsWith('/v1/jobs') ? this.store.jobs : undefined;
	}

	get state(): NhsJobStore {
		return this.store;
	}

	async handle(req: SandboxRequest): Promise<Reply> {
		const oauthMatch = this.oauthRoutes.match(req.method, req.path);
		if (oauthMatch.kind === 'found') return await oauthMatch.handler(req);
		if (oauthMatch.kind === 'method-not-allowed') throw methodNotAllowed(req.method, oauthMatch.allowed);

		const match = this.api.router.match(req.method, req.path);
		if (match.kind === 'not-found') throw apiError(404, 'not_found', `No route ${req.method} ${req.path}.`);
		const now = Date.now();
		const principal = authenticate(req.headers, this.config, this.oauth, now);
		const limit = this.config.rateLimitPerMinute;
		const taken = this.rateWindow.take(principal.rateKey, limit, now);
		if (!taken.allowed) {
			throw apiError(429, 'rate_limit_exceeded', `Rate limit of ${limit} requests per minute exceeded. Retry in ${taken.retryAfterSeconds} seconds.`, {}, {
				'Retry-After': String(taken.retryAfterSeconds),
				'X-RateLimit-Limit': String(limit),
				'X-RateLimit-Remaining': '0',
			});
		}
		if (match.kind === 'method-not-allowed') throw methodNotAllowed(req.method, match.allowed);
		const routeName = this.api.routeOf.get(match.handler);
		if (routeName) requirePermission(principal, NHSJOB_API_ROUTES[routeName].permission);
		const request: AuthenticatedRequest = { ...req, params: match.params, principal };
		const reply = await match.handler(request);
		return { ...reply, headers: { ...reply.headers, 'X-RateLimit-Limit': String(limit), 'X-RateLimit-Remaining': String(taken.remaining) } };
	}

	/** Sizes missing from `seed` fall back to the start-up seed, then to the defaults. */
	reset(seed?: NhsJobSeed): NhsJobCounts {
		const next = this.restart(seed);
		this.rateWindow.clear();
		this.oauth = new OAuthStore();
		this.events = new EventSource();
		this.store = seedNhsJobStore(resolveSeed(next, Date.now()));
		return countState(this.store);
	}

	connectionHints(): Record<string, string> {
		return {
			'API base': `${NHSJOB_PREFIX}${NHSJOB_API_BASE}`,
			'X-API-Key': this.config.apiKey,
			'OAuth client': `${this.config.clientId} / ${this.config.clientSecret}`,
			'OAuth URLs': `${NHSJOB_PREFIX}/oauth/authorize, ${NHSJOB_PREFIX}/oauth/token`,
		};
	}
}

function methodNotAllowed(method: string, allowed: string[]) {
	return apiError(405, 'method_not_allowed', `Method ${method} is not allowed here; use ${allowed.join(' or ')}.`, {}, { Allow: allowed.join(', ') });
}
