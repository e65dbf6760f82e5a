import type { IDataObject } from 'n8n-workflow';

/**
 * What a poll remembers about one kind of record (jobs or applications), in workflow static data.
 * All times are milliseconds on Jobtrain's clock, read from the records themselves.
 */
export interface ChangeCursor {
	/** Changes at or before this time are history: never emitted. */
	floor: number;
	/** The newest change time seen so far. */
	since: number;
	/** Per record ID, the time of its latest change already emitted (or present when the trigger started). */
	marks: Record<string, number>;
}

/** The first poll treats everything changed within this window before it as history. */
export const BASELINE_WINDOW_MS = 12 * 60 * 60 * 1000;

export function readCursor(value: unknown): ChangeCursor | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const cursor = value as IDataObject;
	if (typeof cursor.floor !== 'number' || typeof cursor.since !== 'number' || typeof cursor.marks !== 'object' || cursor.marks === null) {
		return undefined;
	}
	return { floor: cursor.floor, since: cursor.since, marks: { ...(cursor.marks as Record<string, number>) } };
}

export function writeCursor(cursor: ChangeCursor): IDataObject {
	return { floor: cursor.floor, since: cursor.since, marks: { ...cursor.marks } };
}

/** A Jobtrain date as milliseconds, or undefined when absent or unreadable. */
export function timeOf(value: unknown): number | undefined {
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const time = typeof value === 'number' ? value : Date.parse(value);
	return Number.isFinite(time) ? time : undefined;
}

/** Keeps only the marks at or after `line`: older changes are below the floor and can no longer repeat. */
export function pruneMarks(marks: Record<string, number>, line: number): Record<string, number> {
	return Object.fromEntries(Object.entries(marks).filter(([, time]) => time >= line));
}
