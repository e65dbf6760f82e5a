import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

export interface EndpointDefinition {
	method: IHttpRequestMethods;
	/** Path below the base URL; `{name}` segments are filled from path parameters. */
	path: string;
	/** True when the provider does not publish this path or method: it is our best guess. */
	assumed?: boolean;
	/** Query parameters the provider does not publish for this endpoint: our best guess, like `assumed`. */
	assumedQuery?: readonly string[];
	/** Safe to repeat after a timeout or 5xx: the server applies it at most once in effect. */
	idempotent?: boolean;
	/**
	 * The endpoint answers one record: carrying this field (on the record, or on `{data: record}`), or with
	 * `true` any non-empty object. A 2xx answer that is none (`{}`, another shape) fails the item.
	 */
	record?: string | true;
	/**
	 * A second form of the path the provider's document also gives. The client tries the form that last
	 * answered for this credential and family (`path` first), and the other one on a 404.
	 */
	alternate?: { path: string; family: string };
}

export interface RetrySettings {
	maxAttempts: number;
	maxTotalWaitMs: number;
	baseDelayMs: number;
	maxDelayMs: number;
	/** How long one attempt may wait for its answer before it counts as timed out. */
	timeoutMs: number;
}

export interface ProviderCredentials {
	baseUrl: string;
	/** Values that must never appear in an error or an output. */
	secrets: string[];
	requestsPerMinute: number;
	/** Non-secret values of the credential that operations need, e.g. a partner ID. */
	settings?: Record<string, string | number>;
}

export interface ProviderConfig<EndpointName extends string = string> {
	displayName: string;
	credentialType: string;
	endpoints: Record<EndpointName, EndpointDefinition>;
	maxPageSize: number;
	retry: RetrySettings;
	/** Reads the base URL, secrets and rate limit out of the decrypted credential. */
	readCredentials(credentials: IDataObject): ProviderCredentials;
	/** True for credentials with an expirable token that n8n fetches in `preAuthentication`. */
	renewsTokenOn401?: boolean;
	/** The hidden expirable property holding the token the credential fetches itself (not OAuth2). */
	tokenProperty?: string;
	/** What the user should do about a given HTTP status, in the provider's terms. */
	errorHints: Partial<Record<number, string>>;
	/** The hint for a 404 on an endpoint without path parameters (no ID to be wrong): e.g. check the Base URL. */
	endpointNotFoundHint?: string;
}

export interface HttpResponse {
	statusCode: number;
	headers: Record<string, string | string[] | undefined>;
	body: unknown;
}

/** A request that did not produce a 2xx response. */
export type RequestFailure =
	| {
			kind: 'http';
			statusCode: number;
			headers: HttpResponse['headers'];
			body: unknown;
			fromTokenRequest?: boolean;
			/** A 3xx (never followed): the origin its Location named, when it named one. */
			redirectOrigin?: string;
	  }
	| { kind: 'network'; code: string; message: string; timedOut?: boolean };
