import { BASELINE_WINDOW_MS, OVERLAP_MS, SUPPORT_MS, type ChangeCursor } from './cursor';

/** A change a poll read: its key (record ID + change time) and its time on Jobtrain's clock. */
export interface ReadChange {
	key: string;
	at: number;
}

/**
 * The newest change time that cannot be in Jobtrain's future, assuming at most one record at a time is
 * stamped ahead (a clock running fast, a mistyped date): the newest time when it is at or before `known`
 * (where Jobtrain's clock is known to stand at least) or has another change at most SUPPORT_MS before it;
 * otherwise the second newest. A lone future stamp therefore never moves the mark.
 */
export function trustedNewest(times: number[], known: number): number | undefined {
	const [newest, second] = [...times].sort((a, b) => b - a);
	if (newest === undefined) return undefined;
	if (newest <= known || (second !== undefined && newest - second <= SUPPORT_MS)) return newest;
	return second;
}

/** The first poll: everything read is history; its keys within the overlap stop those changes from being emitted. */
export function startCursor(read: ReadChange[], now: number): ChangeCursor {
	// Only when Jobtrain shows no trustworthy change time does n8n's clock place the mark.
	const mark = trustedNewest(read.map((change) => change.at), Number.NEGATIVE_INFINITY) ?? now - BASELINE_WINDOW_MS;
	const seen = Object.fromEntries(read.map((change) => [change.key, change.at]));
	return { mark, clock: mark, clockAt: now, seen: keepFrom(seen, mark - OVERLAP_MS) };
}

/**
 * After a poll that read `read` and emitted (or passed over) the changes keyed in `seen`: the mark moves to
 * the newest trusted change time, and keys older than the overlap behind it are dropped.
 */
export function advanceCursor(previous: ChangeCursor, read: ReadChange[], seen: Record<string, number>, now: number): ChangeCursor {
	// Jobtrain's clock has moved on at least as far as n8n's since the cursor was written.
	const known = previous.clock + Math.max(0, now - previous.clockAt);
	const mark = Math.max(previous.mark, trustedNewest(read.map((change) => change.at), known) ?? previous.mark);
	const line = mark - OVERLAP_MS;
	const legacy = previous.legacy && keepFrom(previous.legacy, line);
	return {
		mark,
		clock: Math.max(known, mark),
		clockAt: now,
		seen: keepFrom(seen, line),
		...(legacy && Object.keys(legacy).length > 0 && { legacy }),
	};
}

function keepFrom(times: Record<string, number>, line: number): Record<string, number> {
	return Object.fromEntries(Object.entries(times).filter(([, time]) => time >= line));
}
