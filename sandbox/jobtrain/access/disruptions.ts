import type { ChangeStep } from '../control/changes';

/**
 * Something planned for the next matching calls through the control API: an error answer, or
 * changes made just before the call is answered (data changing while a client reads a list).
 */
export interface Disruption {
	readonly status?: number;
	readonly detail?: string;
	readonly steps?: ChangeStep[];
	readonly retryAfterSeconds?: number;
	/** Only calls whose path contains this. */
	readonly pathContains?: string;
	/** Only calls for this page (`PageNo`), to fail a list midway. */
	readonly pageNo?: number;
	remaining: number;
}

/** Maintenance windows, mid-list failures and mid-list changes, used up call by call. */
export class Disruptions {
	private entries: Disruption[] = [];

	add(entry: Disruption): void {
		this.entries.push(entry);
	}

	take(path: string, pageNo: number | undefined): Disruption | undefined {
		const found = this.entries.find(
			(entry) =>
				(entry.pathContains === undefined || path.includes(entry.pathContains)) &&
				(entry.pageNo === undefined || entry.pageNo === pageNo),
		);
		if (!found) return undefined;
		found.remaining -= 1;
		if (found.remaining <= 0) this.entries = this.entries.filter((entry) => entry !== found);
		return found;
	}

	clear(): void {
		this.entries = [];
	}
}
