import { SeededRandom } from '../core/random';
import type { Reply } from '../core/reply';
import type { SandboxRequest } from '../core/request';
import type { Router } from '../core/router';
import { ProviderBase, type ProviderOptions } from '../provider';
import { Disruptions } from './access/disruptions';
import { RateWindow } from './access/rateWindow';
import { TokenRegistry } from './access/tokens';
import { buildApiRouter } from './apiRouter';
import { SandboxClock } from './clock';
import { DEFAULT_JOBTRAIN_CONFIG, mergeJobtrainConfig, type JobtrainConfig, type JobtrainUser } from './config';
import type { JobtrainContext } from './context';
import { applySteps, type MadeChange } from './control/changes';
import { buildControlRoutes, countState, type JobtrainCounts } from './control/controlRoutes';
import { JOBTRAIN_ENDPOINTS, JOBTRAIN_PREFIX } from './endpoints';
import { integerParameter } from './paging';
import { accessDenied, problem } from './problems';
import { issueToken } from './handlers/token';
import { parseJobtrainSeed, resolveSeed, type JobtrainSeed } from './seed/seedOptions';
import { seedJobtrainStore } from './seed/seedStore';
import type { JobtrainStore } from './store';

const RATE_WINDOW_MS = 60_000;

/** Settings that hold at start and after every reset, and the start-up seed. */
export type JobtrainProviderOptions = ProviderOptions<JobtrainSeed, JobtrainConfig>;

/** Jobtrain's API as its documents describe it: a token call, then bearer-authenticated JSON with PageNo/PageSize paging. */
export class JobtrainProvider extends ProviderBase<JobtrainSeed, JobtrainConfig, JobtrainStore> {
	readonly name = 'jobtrain';
	readonly prefix = JOBTRAIN_PREFIX;
	readonly controlRoutes: Router;

	private store: JobtrainStore;
	private changeRandom: SeededRandom;
	private readonly clock = new SandboxClock();
	private readonly tokens = new TokenRegistry();
	private readonly rateWindow = new RateWindow(RATE_WINDOW_MS);
	private readonly disruptions = new Disruptions();
	/** Every change made through the control API since the last reset, in order. */
	private readonly changeLog: MadeChange[] = [];
	private readonly api: Router;
	private readonly context: JobtrainContext;

	constructor(options: JobtrainProviderOptions = {}) {
		super({ defaultConfig: DEFAULT_JOBTRAIN_CONFIG, mergeConfig: mergeJobtrainConfig, parseSeed: parseJobtrainSeed }, options);
		const seed = resolveSeed(this.startupSeed, this.clock.now());
		this.store = seedJobtrainStore(seed);
		this.changeRandom = new SeededRandom(seed.randomSeed + 7919);
		this.context = {
			store: () => this.store,
			config: () => this.config,
			clock: this.clock,
			random: () => this.changeRandom,
		};
		this.api = buildApiRouter(this.context);
		this.controlRoutes = buildControlRoutes(this.context, { tokens: this.tokens, disruptions: this.disruptions, changeLog: this.changeLog });
	}

	listedRecords(path: string): Map<unknown, unknown> | undefined {
		if (path === '/jobs') return this.store.jobs;
		if (path === '/export/applications' || /^\/jobs\/[^/]+\/candidates$/.test(path)) return this.store.applications;
		const kind = /^\/settings\/(\w+)$/.exec(path)?.[1];
		const settings = this.store.settings as Record<string, Map<unknown, unknown> | undefined>;
		return kind === undefined ? undefined : Object.entries(settings).find(([name]) => name.toLowerCase() === kind.toLowerCase())?.[1];
	}

	get state(): JobtrainStore {
		return this.store;
	}

	/** Token call first (it needs no token); then disruptions, authentication, throttling, routing. */
	async handle(req: SandboxRequest): Promise<Reply> {
		const tokenRoute = JOBTRAIN_ENDPOINTS.token;
		if (req.path.replace(/\/+$/, '') === tokenRoute.path) {
			if (req.method !== tokenRoute.method) throw problem(405, `The token endpoint accepts ${tokenRoute.method} only.`, { headers: { Allow: tokenRoute.method } });
			return issueToken(this.context, this.tokens, req);
		}
		const disruption = this.disruptions.take(req.path, integerParameter(req.query, 'PageNo'));
		if (disruption?.steps) this.changeLog.push(...applySteps(this.context, disruption.steps));
		if (disruption?.status !== undefined) {
			const headers: Record<string, string> = disruption.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(disruption.retryAfterSeconds) };
			throw problem(disruption.status, disruption.detail ?? 'The request failed.', { headers });
		}
		const user = this.authenticate(req);
		const wait = this.rateWindow.tryAcquire(this.config.clientId, this.config.rateLimitPerMinute, this.clock.now());
		if (wait > 0) {
			throw problem(429, `Too many requests: at most ${this.config.rateLimitPerMinute} calls a minute. Try again in ${wait} seconds.`, {
				headers: { 'Retry-After': String(wait) },
			});
		}
		const match = this.api.match(req.method, req.path);
		if (match.kind === 'not-found') throw problem(404, `No API endpoint matches ${req.method} ${req.path}.`);
		if (match.kind === 'method-not-allowed') {
			throw problem(405, `${req.method} is not allowed here; use ${match.allowed.join(', ')}.`, { headers: { Allow: match.allowed.join(', ') } });
		}
		return await match.handler({ ...req, params: match.params, user } as SandboxRequest);
	}

	private authenticate(req: SandboxRequest): JobtrainUser {
		const header = req.headers.authorization;
		const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
		if (!match) throw accessDenied('No bearer token was sent. Request one from /connect/token and send it as "Authorization: Bearer <token>".');
		const grant = this.tokens.verify(match[1], this.clock.now());
		const user = grant && this.config.users.find((candidate) => candidate.username === grant.username);
		if (!grant || !user) throw accessDenied('The session has expired or the token is invalid. Request a new token from /connect/token.');
		return user;
	}

	/** Sizes missing from `seed` fall back to the start-up seed, then to the defaults. */
	reset(seed?: JobtrainSeed): JobtrainCounts {
		const next = this.restart(seed);
		this.clock.reset();
		this.tokens.clear();
		this.rateWindow.clear();
		this.disruptions.clear();
		this.changeLog.length = 0;
		const resolved = resolveSeed(next, this.clock.now());
		this.store = seedJobtrainStore(resolved);
		this.changeRandom = new SeededRandom(resolved.randomSeed + 7919);
		return countState(this.store, this.clock.now());
	}

	connectionHints(): Record<string, string> {
		const [user] = this.config.users;
		return { clientId: this.config.clientId, clientSecret: this.config.clientSecret, username: user.username, apiPassword: user.apiPassword };
	}
}
