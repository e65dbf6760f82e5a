import type { Reply } from '../core/reply';
import type { SandboxRequest } from '../core/request';
import type { Router } from '../core/router';
import { ProviderBase, type ProviderOptions } from '../provider';
import { authenticate } from './access/authenticate';
import { DailyQuota } from './access/dailyQuota';
import { SlidingWindowLimiter } from './access/slidingWindowLimiter';
import { buildApiRouter } from './apiRouter';
import { DEFAULT_JOBCASE_CONFIG, type JobcaseConfig, mergeJobcaseConfig } from './config';
import { methodNotAllowed, notFound, throttled } from './drf/responses';
import { JOBCASE_PREFIX } from './endpoints';
import { type JobcaseCounts, buildInspectionRouter, countState } from './inspection';
import { type JobcaseSeed, parseJobcaseSeed, resolveSeed } from './seed/seedOptions';
import { seedJobcaseStore } from './seed/seedStore';
import type { JobcaseStore } from './store';

/** Settings that hold at start and after every reset, and the start-up seed. */
export type JobcaseProviderOptions = ProviderOptions<JobcaseSeed, JobcaseConfig>;

/** The Jobcase for Partners Platform API v1, emulated the way its Django REST Framework back end behaves. */
export class JobcaseProvider extends ProviderBase<JobcaseSeed, JobcaseConfig, JobcaseStore> {
	readonly name = 'jobcase';
	readonly prefix = JOBCASE_PREFIX;
	readonly controlRoutes: Router;

	private store: JobcaseStore;
	private readonly limiter = new SlidingWindowLimiter();
	private readonly estimateQuota = new DailyQuota();
	private readonly api: Router;

	constructor(options: JobcaseProviderOptions = {}) {
		super({ defaultConfig: DEFAULT_JOBCASE_CONFIG, mergeConfig: mergeJobcaseConfig, parseSeed: parseJobcaseSeed }, options);
		this.store = seedJobcaseStore(resolveSeed(this.startupSeed, Date.now()), this.config.partnerId);
		this.api = buildApiRouter({
			store: () => this.store,
			config: () => this.config,
			useEstimateQuota: (apiKey) => this.estimateQuota.tryUse(apiKey, this.config.estimatesPerDay, Date.now()),
		});
		this.controlRoutes = buildInspectionRouter(() => this.store);
	}

	listedRecords(path: string): Map<unknown, unknown> | undefined {
		const lists: Record<string, Map<unknown, unknown>> = { '/job/': this.store.jobs, '/company/': this.store.companies, '/campaign/': this.store.campaigns };
		return lists[path];
	}

	get state(): JobcaseStore {
		return this.store;
	}

	/**
	 * Django resolves the URL first (unknown path: 404 without authentication), then DRF authenticates,
	 * throttles, and only then checks the method (405).
	 */
	async handle(req: SandboxRequest): Promise<Reply> {
		const match = this.api.match(req.method, req.path);
		if (match.kind === 'not-found') throw notFound();
		const apiKey = authenticate(req.headers, this.config.apiKey);
		const wait = this.limiter.tryAcquire(apiKey, this.config.rateLimitPerMinute, Date.now(), this.config.rateWindowMs);
		if (wait > 0) throw throttled(wait);
		if (match.kind === 'method-not-allowed') throw methodNotAllowed(req.method, match.allowed);
		return await match.handler({ ...req, params: match.params });
	}

	/** Sizes missing from `seed` fall back to the start-up seed, then to the defaults. */
	reset(seed?: JobcaseSeed): JobcaseCounts {
		const next = this.restart(seed);
		this.limiter.clear();
		this.estimateQuota.clear();
		this.store = seedJobcaseStore(resolveSeed(next, Date.now()), this.config.partnerId);
		return countState(this.store);
	}

	connectionHints(): Record<string, string> {
		return { 'X-Platform-Api-Key': this.config.apiKey, partnerId: String(this.config.partnerId) };
	}
}
