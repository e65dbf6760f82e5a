import type { IDataObject } from 'n8n-workflow';

/**
 * What a poll remembers about one kind of record (jobs or applications), in workflow static data.
 * Change times are milliseconds on Jobtrain's clock, read from the records themselves.
 */
export interface ChangeCursor {
	/** The newest change time trusted not to lie in Jobtrain's future; changes before `mark - OVERLAP_MS` are history. */
	mark: number;
	/** Jobtrain's clock stood at least here when n8n's clock read `clockAt`. */
	clock: number;
	/** n8n's time for `clock`: only the time elapsed since is used, so n8n's clock may be set differently from Jobtrain's. */
	clockAt: number;
	/** Key (record ID + change time) of each change emitted or present at the start, stamped within the overlap, with its time. */
	seen: Record<string, number>;
	/** From a cursor of version 0.x: per record ID, the time of its latest change emitted. Ages out with the overlap. */
	legacy?: Record<string, number>;
}

/**
 * Every poll re-reads this far behind the mark: a change stamped up to this much before the newest one
 * trusted (a late commit, a server clock running slow) is still caught; its key stops a repeat.
 */
export const OVERLAP_MS = 60 * 60 * 1000;

/** A change time beyond Jobtrain's known clock moves the mark only with another change at most this much before it. */
export const SUPPORT_MS = 5 * 60 * 1000;

/** The first poll looks this far back on n8n's clock; n8n's clock may be this much ahead of Jobtrain's. */
export const BASELINE_WINDOW_MS = 12 * 60 * 60 * 1000;

/** The cursor in static data; `now` (n8n's clock) dates a cursor of version 0.x, which kept no time of its own. */
export function readCursor(value: unknown, now: number): ChangeCursor | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const cursor = value as IDataObject;
	if (typeof cursor.mark === 'number' && typeof cursor.clock === 'number' && typeof cursor.clockAt === 'number' && isTimes(cursor.seen)) {
		return {
			mark: cursor.mark,
			clock: cursor.clock,
			clockAt: cursor.clockAt,
			seen: { ...cursor.seen },
			...(isTimes(cursor.legacy) && { legacy: { ...cursor.legacy } }),
		};
	}
	// Version 0.x kept {floor, since, marks}: its marks still stop repeats until they leave the overlap.
	if (typeof cursor.since === 'number' && isTimes(cursor.marks)) {
		return { mark: cursor.since, clock: cursor.since, clockAt: now, seen: {}, legacy: { ...cursor.marks } };
	}
	return undefined;
}

export function writeCursor(cursor: ChangeCursor): IDataObject {
	const written: IDataObject = { mark: cursor.mark, clock: cursor.clock, clockAt: cursor.clockAt, seen: { ...cursor.seen } };
	if (cursor.legacy && Object.keys(cursor.legacy).length > 0) written.legacy = { ...cursor.legacy };
	return written;
}

/** Changes stamped before this are history for a poll from `cursor`. */
export const historyLine = (cursor: ChangeCursor): number => cursor.mark - OVERLAP_MS;

/** Whether a change was emitted already (or was there when the trigger started). */
export function wasSeen(cursor: ChangeCursor, key: string, id: string, at: number): boolean {
	const legacy = cursor.legacy?.[id];
	return cursor.seen[key] !== undefined || (legacy !== undefined && at <= legacy);
}

/** A Jobtrain date as milliseconds, or undefined when absent or unreadable. */
export function timeOf(value: unknown): number | undefined {
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const time = typeof value === 'number' ? value : Date.parse(value);
	return Number.isFinite(time) ? time : undefined;
}

function isTimes(value: unknown): value is Record<string, number> {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((time) => typeof time === 'number');
}
