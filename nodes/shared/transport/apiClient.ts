import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { apiErrorFromFailure } from '../errors';
import { fillPath } from './path';
import { limiterFor, type SlidingWindowLimiter } from './rateLimiter';
import { delayBeforeRetry, isRetryable } from './retryPolicy';
import { sendOnce, type RequestContext } from './sendOnce';
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
	private credentials?: Promise<ProviderCredentials>;

	constructor(
		private readonly context: RequestContext,
		readonly provider: ProviderConfig<EndpointName>,
		private readonly retry: RetrySettings = provider.retry,
	) {}

	async request<T = unknown>(endpoint: EndpointName | EndpointDefinition, options: CallOptions = {}): Promise<T> {
		const definition = typeof endpoint === 'string' ? this.provider.endpoints[endpoint] : endpoint;
		const credentials = await this.loadCredentials();
		const path = fillPath(definition.path, options.pathParams ?? {}, options.itemIndex);
		const requestLabel = `${definition.method} ${path}`;
		const limiter = limiterFor(this.limiterKey(credentials), credentials.requestsPerMinute);
		const request = this.buildRequest(definition, credentials, path, options);

		let waited = 0;
		for (let attempt = 1; ; attempt++) {
			let outcome = await limited(limiter, async () => await sendOnce(this.context, this.provider.credentialType, request));
			if (!outcome.ok && this.isExpiredToken(outcome.failure)) {
				outcome = await limited(limiter, async () => await sendOnce(this.context, this.provider.credentialType, request, true));
			}
			if (outcome.ok) return outcome.response.body as T;

			const delay = this.nextDelay(outcome.failure, definition, attempt, waited);
			if (delay === undefined) {
				throw apiErrorFromFailure(this.context.getNode(), this.provider, outcome.failure, {
					itemIndex: options.itemIndex,
					secrets: credentials.secrets,
					requestLabel,
				});
			}
			waited += delay;
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

	/** A 401 on a credential whose token n8n can renew: let n8n renew it and resend once. */
	private isExpiredToken(failure: RequestFailure): boolean {
		return failure.kind === 'http' && failure.statusCode === 401 && this.provider.renewsTokenOn401 === true;
	}

	private nextDelay(failure: RequestFailure, endpoint: EndpointDefinition, attempt: number, waited: number): number | undefined {
		if (attempt >= this.retry.maxAttempts || !isRetryable(failure, endpoint)) return undefined;
		const delay = delayBeforeRetry(failure, attempt, this.retry);
		return waited + delay > this.retry.maxTotalWaitMs ? undefined : delay;
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
		this.credentials ??= this.context
			.getCredentials(this.provider.credentialType)
			.then((data) => this.provider.readCredentials(data));
		return await this.credentials;
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
