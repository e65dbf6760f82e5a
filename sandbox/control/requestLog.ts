import type { QueryObject } from '../core/queryObject';

export interface LoggedRequest {
	readonly provider: string;
	readonly method: string;
	/** Full path as received, without the query string. */
	readonly path: string;
	readonly query: QueryObject;
	/** The status sent; 0 while in flight and for connections dropped without an answer. */
	status: number;
	/** Arrival time, ISO 8601. */
	readonly at: string;
}

/** Keeps memory bounded during long benchmark runs; the oldest entries go first. */
const MAX_ENTRIES = 200_000;

/** Every provider call in arrival order, including rejected and faulted ones. */
export class RequestLog {
	private entries: LoggedRequest[] = [];

	record(entry: Omit<LoggedRequest, 'status' | 'at'>): LoggedRequest {
		const logged: LoggedRequest = { ...entry, status: 0, at: new Date().toISOString() };
		this.entries.push(logged);
		if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
		return logged;
	}

	list(provider?: string): LoggedRequest[] {
		const selected = provider ? this.entries.filter((entry) => entry.provider === provider) : this.entries;
		return selected.map((entry) => ({ ...entry }));
	}

	clear(): void {
		this.entries = [];
	}
}
