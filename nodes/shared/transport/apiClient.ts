import type { IDataObject, IHttpRequestOptions, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import { apiErrorFromFailure } from '../errors';
import { isNotFound, pathsToTry, rememberAnswered } from './alternatePaths';
import { CredentialSession, renewalFailure } from './credentialSession';
import { unexpectedAnswer } from './listEnvelope';
import { fillPath } from './path';
import { limiterFor, type SlidingWindowLimiter } from './rateLimiter';
import { delayBeforeRetry, isIdempotent, isRetryable, parseRetryAfter } from './retryPolicy';
import { sendOnce, type AttemptOutcome, type RequestContext } from './sendOnce';
import type { EndpointDefinition, HttpResponse, ProviderConfig, ProviderCredentials, RequestFailure, RetrySettings } from './types';

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
	/**
	 * A request of this execution used up its retries without an answer (timeouts or network failures): later
	 * requests are still sent, so a provider that recovers is used, but only once each, so that many items against
	 * a dead host do not each wait through every retry. Any answer from the provider clears it.
	 */
	private providerSilent = false;

	constructor(
		private readonly context: RequestContext,
		readonly provider: ProviderConfig<EndpointName>,
		private retry: RetrySettings = provider.retry,
	) {
		this.session = new CredentialSession(context, provider);
	}

	/** The Request Options of the item about to be processed (they may differ per item through expressions). */
	useRetrySettings(settings: RetrySettings): void {
		this.retry = settings;
	}

	async request<T = unknown>(endpoint: EndpointName | EndpointDefinition, options: CallOptions = {}): Promise<T> {
		return (await this.response(endpoint, options)).body as T;
	}

	/** The whole answer (status, headers, body), for callers that read its headers, e.g. its Content-Type. */
	async response(
		endpoint: EndpointName | EndpointDefinition,
		options: CallOptions = {},
		fromTable: boolean = typeof endpoint === 'string',
	): Promise<HttpResponse> {
		const definition = typeof endpoint === 'string' ? this.provider.endpoints[endpoint] : endpoint;
		if (definition.alternate) return await this.responseFromEitherPath(definition, options);
		const credentials = await this.loadCredentials();
		const path = fillPath(definition.path, options.pathParams ?? {}, options.itemIndex);
		const requestLabel = `${definition.method} ${path}`;
		const limiter = limiterFor(this.limiterKey(credentials), credentials.requestsPerMinute);
		const retry = this.retry;
		const request: IHttpRequestOptions = { ...this.buildRequest(definition, credentials, path, options), timeout: retry.timeoutMs };

		const fail = (failure: RequestFailure, attempt?: { number: number; elapsedMs: number }) =>
			apiErrorFromFailure(this.context.getNode(), this.provider, failure, {
				itemIndex: options.itemIndex,
				secrets: this.session.secrets(),
				requestLabel,
				pathHasParameters: typeof endpoint === 'string' ? /\{[^}]+\}/.test(definition.path) : undefined,
				attempt: attempt && { ...attempt, timeoutMs: retry.timeoutMs, write: !isIdempotent(definition) },
			});
		if (this.tokenRefusal) throw fail(this.tokenRefusal);

		// The budget counts the time spent in attempts too, so that a server that hangs cannot multiply it: every
		// attempt ends after Timeout, and none runs past the budget (the first always gets its whole Timeout).
		const started = Date.now();
		const budgetEnd = started + Math.max(retry.maxTotalWaitMs, retry.timeoutMs);
		const attemptLimit = () => Math.max(1, Math.min(retry.timeoutMs, budgetEnd - Date.now()));
		const triedOnce = this.providerSilent && retry.maxAttempts > 1;
		const attempts = triedOnce ? { ...retry, maxAttempts: 1 } : retry;
		for (let attempt = 1; ; attempt++) {
			let outcome = await limited(limiter, async () => await this.send(request, attemptLimit()));
			if (!outcome.ok && this.isExpiredToken(outcome.failure)) {
				outcome = await limited(limiter, async () => await this.resendWithNewToken(request, attemptLimit()));
			}
			if (outcome.ok || outcome.failure.kind === 'http') this.providerSilent = false;
			if (outcome.ok) return this.checkedAnswer(outcome.response, definition, fromTable, options, requestLabel);
			if (outcome.failure.kind === 'http' && outcome.failure.fromTokenRequest) {
				this.tokenRefusal = outcome.failure;
				throw fail(outcome.failure);
			}
			// Another process may be spending the same budget: the limiter pauses and slows down for all requests.
			if (outcome.failure.kind === 'http' && outcome.failure.statusCode === 429) limiter.onThrottled(parseRetryAfter(outcome.failure.headers['retry-after']));

			const elapsed = Date.now() - started;
			const delay = this.nextDelay(outcome.failure, definition, attempt, elapsed, attempts);
			if (delay !== undefined) {
				await sleep(delay);
				continue;
			}
			const error = fail(outcome.failure, { number: attempt, elapsedMs: elapsed });
			if (outcome.failure.kind === 'network' && isRetryable(outcome.failure, definition)) {
				this.providerSilent = true;
				if (triedOnce) {
					error.description = `${error.description ?? ''} ${this.provider.displayName} did not answer an earlier request in this run either, so this one was tried once, without retries.`.trim();
				}
			}
			throw error;
		}
	}

	/**
	 * An endpoint whose document gives two path forms: the form this site answered last (the first form
	 * until one has answered), then the other on a 404. The first 404 is the one reported if both fail.
	 */
	private async responseFromEitherPath(endpoint: EndpointDefinition, options: CallOptions): Promise<HttpResponse> {
		const credentials = await this.loadCredentials();
		const site = this.limiterKey(credentials) + `|${credentials.baseUrl}`;
		let notFound: unknown;
		for (const form of pathsToTry(site, endpoint)) {
			let failure: unknown;
			try {
				const answer = await this.response(form, options, true);
				rememberAnswered(site, endpoint, form);
				return answer;
			} catch (error) {
				failure = error;
			}
			if (!isNotFound(failure)) throw failure;
			notFound ??= failure;
		}
		throw notFound;
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

	/**
	 * A 2xx answer that is not what a JSON endpoint sends fails the item rather than becoming its output:
	 * an HTML page (a proxy or single sign-on login page), malformed JSON, or, for an endpoint of the
	 * provider's table, text or an empty object where a record was expected. Binary requests are left alone.
	 * An endpoint outside the table (Custom API Call) may answer plain text, but never an HTML page: with
	 * `Accept: application/json` an API does not answer HTML, a login page in front of it does.
	 */
	private checkedAnswer(response: HttpResponse, endpoint: EndpointDefinition, fromTable: boolean, options: CallOptions, requestLabel: string): HttpResponse {
		if (options.encoding === 'arraybuffer') return response;
		const contentType = response.headers?.['content-type'];
		const problem = unexpectedAnswer(response.body, Array.isArray(contentType) ? contentType[0] : contentType, {
			textAllowed: !fromTable,
			record: endpoint.record,
		});
		if (problem === undefined) return response;
		const write = !isIdempotent(endpoint);
		const query = Object.entries(dropEmpty(options.qs) ?? {})
			.map(([name, value]) => `${name}=${String(value)}`)
			.join('&');
		throw new NodeApiError(this.context.getNode(), { httpCode: String(response.statusCode) } as JsonObject, {
			message: `${this.provider.displayName}: ${requestLabel}${query ? `?${query}` : ''} answered with ${problem}`,
			description: [
				'An HTML page usually means a proxy or single sign-on answered instead of the API: check the Base URL in the credential.',
				write
					? `${this.provider.displayName} may have saved the record: check in ${this.provider.displayName} whether it exists before running the node again.`
					: 'Nothing was output for this item. Run the node again; if it persists, report the request above to the provider.',
			].join(' '),
			itemIndex: options.itemIndex,
		});
	}

	/** A 401 on a credential whose token can be renewed (not a refused token request). */
	private isExpiredToken(failure: RequestFailure): boolean {
		return failure.kind === 'http' && failure.statusCode === 401 && !failure.fromTokenRequest && this.provider.renewsTokenOn401 === true;
	}

	private async send(request: IHttpRequestOptions, limitMs: number): Promise<AttemptOutcome> {
		const credentials = await this.session.forRequest();
		this.renewalsAtSend.set(request, this.session.renewalsSoFar());
		const outcome = await sendOnce(this.context, this.provider.credentialType, request, false, credentials, limitMs);
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
	private async resendWithNewToken(request: IHttpRequestOptions, limitMs: number): Promise<AttemptOutcome> {
		if (this.provider.tokenProperty) {
			await this.session.dropToken();
			return await this.send(request, limitMs);
		}
		if (this.session.canRenewOAuth2()) {
			const failure = await this.session.renewOAuth2Token(this.renewalsAtSend.get(request) ?? 0);
			return failure ? { ok: false, failure } : await this.send(request, limitMs);
		}
		const outcome = await sendOnce(this.context, this.provider.credentialType, request, true, undefined, limitMs);
		await this.session.reload();
		// n8n's renewal was refused: @n8n/client-oauth2's AuthError, of which n8n keeps only the code and message.
		if (!outcome.ok && outcome.failure.kind === 'network' && outcome.failure.code === 'EAUTH') {
			return { ok: false, failure: renewalFailure(this.provider.displayName, { code: 'EAUTH', body: outcome.failure.message }) };
		}
		return outcome;
	}

	private nextDelay(failure: RequestFailure, endpoint: EndpointDefinition, attempt: number, elapsed: number, retry: RetrySettings): number | undefined {
		if (attempt >= retry.maxAttempts || !isRetryable(failure, endpoint)) return undefined;
		const delay = delayBeforeRetry(failure, attempt, retry);
		return elapsed + delay > retry.maxTotalWaitMs ? undefined : delay;
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
