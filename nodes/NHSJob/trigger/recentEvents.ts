import type { IDataObject } from 'n8n-workflow';

/** Bounds the workflow's static data even under a flood of distinct events. */
const MAX_REMEMBERED = 5000;

/**
 * Event IDs seen within the replay window, kept in the workflow's static data (which n8n saves
 * after every delivery), so that a repeated delivery of one event starts the workflow only once.
 */
export class RecentEvents {
	constructor(
		private readonly staticData: IDataObject,
		private readonly windowMs: number,
	) {}

	hasSeen(eventId: string, now: number): boolean {
		const seenAt = this.entries()[eventId];
		return typeof seenAt === 'number' && now - seenAt <= this.windowMs;
	}

	remember(eventId: string, now: number): void {
		const kept: IDataObject = {};
		const entries = Object.entries(this.entries())
			.filter(([, seenAt]) => typeof seenAt === 'number' && now - seenAt <= this.windowMs)
			.slice(-(MAX_REMEMBERED - 1));
		for (const [id, seenAt] of entries) kept[id] = seenAt;
		kept[eventId] = now;
		this.staticData.recentEventIds = kept;
	}

	forget(): void {
		delete this.staticData.recentEventIds;
	}

	private entries(): IDataObject {
		const entries = this.staticData.recentEventIds;
		return typeof entries === 'object' && entries !== null ? (entries as IDataObject) : {};
	}
}
