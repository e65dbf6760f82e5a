import type { IDataObject, IHttpRequestOptions, INode } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { apiErrorFromFailure } from '../errors';
import { CredentialSession, renewalFailure } from './credentialSession';
import { fillPath } from './path';
import { limiterFor, type SlidingWindowLimiter } from './rateLimiter';
import { delayBeforeRetry, isIdempotent, isRetryable } from './retryPolicy';
import { sendOnce, type AttemptOutcome, type RequestContext } from './sendOnce';
import type { EndpointDefinition, ProviderConfig, ProviderCredentials, RequestFailure, RetrySettings } from './types';

export interface CallOptions {
	pathParams?: Record<string, string | number>;
	qs?: IDataObject;
	body?: IDataObject | IDataObject[] | Buffer | string;
	headers?: IDataObject;
	itemIndex?: number;
	/** 'arraybuffer' returns the body as a Buffer (binary exports, files). */
	encoding?: 'json' | 'arraybuffer';
}

/**
 * The one request path every provider node uses: endpoint table lookup, rate limiting per
 * credential, bounded retries (Retry-After first, then backoff with jitter), and errors that carry
 * the provider's explanation and never the credential. One client serves one node execution.
 */
export class ApiClient<EndpointName extends string = string> {
	/** Per-execution scratch space, e.g. an index of existing records built once for many items. */
	readonly memo = new Map<string, unknown>();
	private readonly session: CredentialSession;
	/** A refused token request fails every later request of the execution without asking again. */
	private tokenRefusal?: RequestFailure;
	/** OAuth2 renewals this process had completed when each request was last sent: a later one renewed its token. */
	private readonly renewalsAtSend = new WeakMap<IHttpRequestOptions, number>();

	constructor(
		private readonly context: RequestContext,
		readonly provider: ProviderConfig<EndpointName>,
		private readonly retry: RetrySettings = provider.retry,
	) {
		this.session = new CredentialSession(context, provider);
	}

	async request<T = unknown>(endpoint: EndpointName | EndpointDefinition, options: CallOptions = {}): Promise<T> {
		const definition = typeof endpoint === 'string' ? this.provider.endpoints[endpoint] : endpoint;
		const credentials = await this.loadCredentials();
		const path = fillPath(definition.path, options.pathParams ?? {}, options.itemIndex);
		const requestLabel = `${definition.method} ${path}`;
		const limiter = limiterFor(this.limiterKey(credentials), credentials.requestsPerMinute);
		const request: IHttpRequestOptions = { ...this.buildRequest(definition, credentials, path, options), timeout: this.retry.timeoutMs };

		const fail = (failure: RequestFailure, attempt?: { number: number; elapsedMs: number }) =>
			apiErrorFromFailure(this.context.getNode(), this.provider, failure, {
				itemIndex: options.itemIndex,
				secrets: this.session.secrets(),
				requestLabel,
				pathHasParameters: typeof endpoint === 'string' ? /\{[^}]+\}/.test(definition.path) : undefined,
				attempt: attempt && { ...attempt, timeoutMs: this.retry.timeoutMs, write: !isIdempotent(definition) },
			});
		if (this.tokenRefusal) throw fail(this.tokenRefusal);

		// The budget counts the time spent in attempts too, so that a server that hangs cannot multiply it.
		const started = Date.now();
		for (let attempt = 1; ; attempt++) {
			let outcome = await limited(limiter, async () => await this.send(request));
			if (!outcome.ok && this.isExpiredToken(outcome.failure)) {
				outcome = await limited(limiter, async () => await this.resendWithNewToken(request));
			}
			if (outcome.ok) return outcome.response.body as T;
			if (outcome.failure.kind === 'http' && outcome.failure.fromTokenRequest) {
				this.tokenRefusal = outcome.failure;
				throw fail(outcome.failure);
			}

			const elapsed = Date.now() - started;
			const delay = this.nextDelay(outcome.failure, definition, attempt, elapsed);
			if (delay === undefined) throw fail(outcome.failure, { number: attempt, elapsedMs: elapsed });
			await sleep(delay);
		}
	}

	async baseUrl(): Promise<string> {
		return (await this.loadCredentials()).baseUrl;
	}

	/** A non-secret credential setting, such as Jobcase's partner ID. */
	async setting(name: string): Promise<string | number | undefined> {
		return (await this.loadCredentials()).settings?.[name];
	}

	/** Every secret and token this execution has used, including tokens fetched mid-run. */
	secrets(): string[] {
		return this.session.secrets();
	}

	/** The node this client works for, for errors raised outside a request (e.g. a list page that is not a list). */
	node(): INode {
		return this.context.getNode();
	}

	/** A 401 on a credential whose token can be renewed (not a refused token request). */
	private isExpiredToken(failure: RequestFailure): boolean {
		return failure.kind === 'http' && failure.statusCode === 401 && !failure.fromTokenRequest && this.provider.renewsTokenOn401 === true;
	}

	private async send(request: IHttpRequestOptions): Promise<AttemptOutcome> {
		const credentials = await this.session.forRequest();
		this.renewalsAtSend.set(request, this.session.renewalsSoFar());
		const outcome = await sendOnce(this.context, this.provider.credentialType, request, false, credentials);
		await this.session.read();
		return outcome;
	}

	/**
	 * The token was refused: exactly one token request (or a token another execution just fetched), then one
	 * resend. A credential that fetches its own token drops it, so n8n fetches one before sending. An OAuth2
	 * token is renewed through n8n's `refreshOAuth2Token` (the resend reads the renewed token from the
	 * credential), so every answer keeps its status and headers. n8n versions without that helper renew only
	 * when the resend is refused again, and then send a third time.
	 */
	private async resendWithNewToken(request: IHttpRequestOptions): Promise<AttemptOutcome> {
		if (this.provider.tokenProperty) {
			await this.session.dropToken();
			return await this.send(request);
		}
		if (this.session.canRenewOAuth2()) {
			const failure = await this.session.renewOAuth2Token(this.renewalsAtSend.get(request) ?? 0);
			return failure ? { ok: false, failure } : await this.send(request);
		}
		const outcome = await sendOnce(this.context, this.provider.credentialType, request, true);
		await this.session.reload();
		// n8n's renewal was refused: @n8n/client-oauth2's AuthError, of which n8n keeps only the code and message.
		if (!outcome.ok && outcome.failure.kind === 'network' && outcome.failure.code === 'EAUTH') {
			return { ok: false, failure: renewalFailure(this.provider.displayName, { code: 'EAUTH', body: outcome.failure.message }) };
		}
		return outcome;
	}

	private nextDelay(failure: RequestFailure, endpoint: EndpointDefinition, attempt: number, elapsed: number): number | undefined {
		if (attempt >= this.retry.maxAttempts || !isRetryable(failure, endpoint)) return undefined;
		const delay = delayBeforeRetry(failure, attempt, this.retry);
		return elapsed + delay > this.retry.maxTotalWaitMs ? undefined : delay;
	}

	private buildRequest(
		endpoint: EndpointDefinition,
		credentials: ProviderCredentials,
		path: string,
		options: CallOptions,
	): IHttpRequestOptions {
		const binary = options.encoding === 'arraybuffer';
		const rawBody = Buffer.isBuffer(options.body) || typeof options.body === 'string';
		return {
			method: endpoint.method,
			url: joinUrl(credentials.baseUrl, path),
			qs: dropEmpty(options.qs),
			headers: { Accept: binary ? '*/*' : 'application/json', ...(options.headers ?? {}) },
			body: options.body,
			json: !binary && !rawBody,
			...(binary ? { encoding: 'arraybuffer' as const } : {}),
		};
	}

	private limiterKey(credentials: ProviderCredentials): string {
		const reference = this.context.getNode().credentials?.[this.provider.credentialType];
		return `${this.provider.credentialType}:${reference?.id ?? credentials.baseUrl}`;
	}

	private async loadCredentials(): Promise<ProviderCredentials> {
		return await this.session.read();
	}
}

async function limited<T>(limiter: SlidingWindowLimiter, send: () => Promise<T>): Promise<T> {
	const release = await limiter.acquire();
	try {
		return await send();
	} finally {
		release();
	}
}

export { fillPath } from './path';

export function joinUrl(baseUrl: string, path: string): string {
	return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

function dropEmpty(qs: IDataObject | undefined): IDataObject | undefined {
	if (!qs) return undefined;
	const result: IDataObject = {};
	for (const [key, value] of Object.entries(qs)) {
		if (value !== undefined && value !== null && value !== '') result[key] = value;
	}
	return result;
}
