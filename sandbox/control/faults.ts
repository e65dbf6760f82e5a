import { HttpError } from '../core/httpError';

/** What to do to the next `count` provider calls that match. */
export interface FaultSpec {
	/** Provider name; any provider when absent. */
	readonly provider?: string;
	/** HTTP method, case-insensitive; any when absent. */
	readonly method?: string;
	/** Substring of the full request path (without query); any when absent. */
	readonly pathContains?: string;
	/** Answer with this status instead of handling the call. */
	readonly status?: number;
	readonly count: number;
	/** Value of the Retry-After header sent with `status`. */
	readonly retryAfter?: string;
	/** Body sent with `status`: a string is sent as text/plain, anything else as JSON. */
	readonly body?: unknown;
	/** Wait this long first; without `status` or `drop` the call is then handled normally. */
	readonly latencyMs?: number;
	/** Reset the connection without answering. */
	readonly drop?: boolean;
	/** Content type of a string `body` (text/plain by default), e.g. `text/html` for a login page. */
	readonly contentType?: string;
	/** Answer `status` (400 by default) with the request itself: `{method, url, headers, body}`. */
	readonly echo?: boolean;
	/** Handle the call as if it asked for the first page: offset and page-number parameters are removed. */
	readonly ignorePaging?: boolean;
	/** Never answer: the connection stays open until the client gives up or the sandbox closes. */
	readonly hang?: boolean;
	/** Handle the call normally (the provider saves what it was sent), then lose the answer. */
	readonly afterHandling?: 'reset' | 'hang';
	/** After answering, delete this many records from the front of the list at the call's path (ahead of a reader's position). */
	readonly deleteAhead?: number;
	/** After answering, insert this many new records at the front of the list at the call's path (copies of its first record under new ids). */
	readonly insertAhead?: number;
	/**
	 * After answering, move this many records from the front of the list at the call's path to its end (as if
	 * re-sorted after an update): the records behind a reader move back by that many while the list's size stays the same.
	 */
	readonly moveToEnd?: number;
}

export interface ActiveFault extends FaultSpec {
	readonly id: number;
	remaining: number;
}

export class FaultStore {
	private faults: ActiveFault[] = [];
	private nextId = 1;

	add(spec: FaultSpec): ActiveFault {
		const fault: ActiveFault = { ...spec, id: this.nextId++, remaining: spec.count };
		this.faults.push(fault);
		return { ...fault };
	}

	list(): ActiveFault[] {
		return this.faults.map((fault) => ({ ...fault }));
	}

	clear(): void {
		this.faults = [];
	}

	/** Finds the oldest fault matching the call and uses up one of its counts. */
	take(provider: string, method: string, path: string): FaultSpec | undefined {
		const fault = this.faults.find(
			(candidate) =>
				(candidate.provider === undefined || candidate.provider === provider) &&
				(candidate.method === undefined || candidate.method.toUpperCase() === method.toUpperCase()) &&
				(candidate.pathContains === undefined || path.includes(candidate.pathContains)),
		);
		if (!fault) return undefined;
		fault.remaining -= 1;
		if (fault.remaining <= 0) this.faults = this.faults.filter((candidate) => candidate !== fault);
		return fault;
	}
}

/** Validates a fault posted to the control API; throws HttpError 400 on bad input. */
export function parseFaultSpec(input: unknown, knownProviders: readonly string[]): FaultSpec {
	if (!isObject(input)) throw badFault('body must be a JSON object');
	const { provider, method, pathContains, status, count, retryAfter, body, latencyMs, drop } = input;
	const { contentType, echo, ignorePaging, hang, afterHandling, deleteAhead, insertAhead, moveToEnd } = input;
	if (!isPositiveInteger(count)) throw badFault('count must be a positive integer');
	if (provider !== undefined && (typeof provider !== 'string' || !knownProviders.includes(provider))) {
		throw badFault(`provider must be one of ${knownProviders.join(', ')}`);
	}
	if (method !== undefined && typeof method !== 'string') throw badFault('method must be a string');
	if (pathContains !== undefined && typeof pathContains !== 'string') throw badFault('pathContains must be a string');
	if (status !== undefined && !(Number.isInteger(status) && (status as number) >= 100 && (status as number) <= 599)) {
		throw badFault('status must be an integer HTTP status (100-599)');
	}
	if (retryAfter !== undefined && typeof retryAfter !== 'string') throw badFault('retryAfter must be a string');
	if (latencyMs !== undefined && !(typeof latencyMs === 'number' && latencyMs >= 0 && Number.isFinite(latencyMs))) {
		throw badFault('latencyMs must be a non-negative number');
	}
	if (drop !== undefined && typeof drop !== 'boolean') throw badFault('drop must be a boolean');
	if (contentType !== undefined && typeof contentType !== 'string') throw badFault('contentType must be a string');
	for (const [name, value] of Object.entries({ echo, ignorePaging, hang })) {
		if (value !== undefined && typeof value !== 'boolean') throw badFault(`${name} must be a boolean`);
	}
	if (afterHandling !== undefined && afterHandling !== 'reset' && afterHandling !== 'hang') throw badFault('afterHandling must be "reset" or "hang"');
	if (deleteAhead !== undefined && !isPositiveInteger(deleteAhead)) throw badFault('deleteAhead must be a positive integer');
	if (insertAhead !== undefined && !isPositiveInteger(insertAhead)) throw badFault('insertAhead must be a positive integer');
	if (moveToEnd !== undefined && !isPositiveInteger(moveToEnd)) throw badFault('moveToEnd must be a positive integer');
	const acts = [status, latencyMs, drop === true || undefined, echo === true || undefined, ignorePaging === true || undefined, hang === true || undefined, afterHandling, deleteAhead, insertAhead, moveToEnd];
	if (acts.every((act) => act === undefined)) {
		throw badFault('a fault needs at least one of status, latencyMs, drop, echo, ignorePaging, hang, afterHandling, deleteAhead, insertAhead or moveToEnd');
	}
	return {
		provider,
		method,
		pathContains,
		status: status as number | undefined,
		count,
		retryAfter,
		body,
		latencyMs,
		drop,
		contentType,
		echo,
		ignorePaging,
		hang,
		afterHandling,
		deleteAhead,
		insertAhead,
		moveToEnd,
	} as FaultSpec;
}

function badFault(message: string): HttpError {
	return new HttpError(400, { error: `Invalid fault: ${message}.` });
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPositiveInteger(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value > 0;
}
