import type { INode } from 'n8n-workflow';

import { inputError } from './errors';
import { ISO_DATE_EXAMPLE, readIsoDate } from './isoDate';

/**
 * Dates for APIs that want ISO 8601 in UTC. A date-time typed without an offset (as n8n's date picker gives it)
 * is a wall-clock time in the workflow's time zone (`this.getTimezone()`); one with `Z` or an offset is already an
 * instant. Either way the API gets the instant in UTC, `…Z`. Time zones are resolved with `Intl.DateTimeFormat`
 * (the IANA database of the runtime), so no date library is needed.
 */

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
			era: 'short',
		});
		formatters.set(timeZone, formatter);
	}
	return formatter;
}

/** Whether the runtime knows `timeZone` as an IANA zone (or an alias such as "UTC"). */
export function isKnownTimeZone(timeZone: string): boolean {
	try {
		formatterFor(timeZone);
		return true;
	} catch {
		return false;
	}
}

/** The zone's offset from UTC, in minutes, at the instant `epochMs` (e.g. -300 for New York in winter). */
export function zoneOffsetMinutes(timeZone: string, epochMs: number): number {
	const parts: Record<string, string> = {};
	for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) parts[part.type] = part.value;
	const year = parts.era === 'BC' || parts.era === 'B' ? 1 - Number(parts.year) : Number(parts.year);
	const wall = Date.UTC(year, Number(parts.month) - 1, Number(parts.day), Number(parts.hour) % 24, Number(parts.minute), Number(parts.second));
	const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
	return Math.round((wall - wholeSeconds) / 60_000);
}

/**
 * The instant at which the clocks of `timeZone` show `wallMs` (a wall-clock time written as if it were UTC).
 * A time skipped by a daylight-saving change (02:30 on the night clocks go forward) moves forward by the length
 * of the gap (03:30 the new offset); a time that happens twice (01:30 on the night clocks go back) is the first
 * of the two. These are the rules of Temporal's "compatible" disambiguation and of Luxon, which n8n uses.
 */
export function wallTimeToEpoch(wallMs: number, timeZone: string): number {
	const DAY = 86_400_000;
	const offsets = [...new Set([zoneOffsetMinutes(timeZone, wallMs - DAY), zoneOffsetMinutes(timeZone, wallMs), zoneOffsetMinutes(timeZone, wallMs + DAY)])];
	const matches = offsets.map((offset) => wallMs - offset * 60_000).filter((epoch) => zoneOffsetMinutes(timeZone, epoch) * 60_000 === wallMs - epoch);
	if (matches.length > 0) return Math.min(...matches);
	// In a gap: read the wall time with the offset in force before the change, which lands after the gap.
	return wallMs - zoneOffsetMinutes(timeZone, wallMs - DAY) * 60_000;
}

/** `2025-03-01T15:00:00Z`, with milliseconds only when there are some. */
export function formatUtc(epochMs: number): string {
	return new Date(epochMs).toISOString().replace('.000Z', 'Z');
}

export interface UtcDateOptions {
	/** The workflow's time zone, from `this.getTimezone()`. */
	timeZone: string;
	/**
	 * What a date without a time becomes: `keep` sends it unchanged (for fields the API declares as a calendar
	 * date, which carries no time of day to convert), `startOfDay` sends midnight of that day in the workflow's
	 * time zone (for fields the API declares as a date-time).
	 */
	dateOnly: 'keep' | 'startOfDay';
}

/**
 * An optional date field in UTC: undefined when empty; otherwise the instant as `…Z` (or the bare date, see
 * `dateOnly`). An impossible date fails the item, naming the field, before anything is sent.
 */
export function readUtcDate(node: INode, itemIndex: number, value: unknown, label: string, options: UtcDateOptions): string | undefined {
	const text = readIsoDate(node, itemIndex, value, label);
	if (text === undefined) return undefined;
	if (!isKnownTimeZone(options.timeZone)) {
		throw inputError(
			node,
			itemIndex,
			label,
			`the workflow's time zone "${options.timeZone}" is unknown to this n8n, so "${text}" cannot be converted to UTC`,
			`Choose a time zone in the workflow settings, or enter the date with an offset or Z, e.g. ${ISO_DATE_EXAMPLE}.`,
		);
	}
	return toUtc(text, options);
}

/** Converts text that has passed the strict ISO 8601 check (see isoDate.ts). */
export function toUtc(text: string, options: UtcDateOptions): string {
	const match = DATE_TIME.exec(text.trim());
	if (!match) throw new Error(`"${text}" is not an ISO 8601 date`);
	const [, y, mo, d, h, mi, s, fraction, zulu, sign, offsetHours, offsetMinutes] = match;
	if (h === undefined && options.dateOnly === 'keep') return `${y}-${mo}-${d}`;
	const millis = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
	const wall = new Date(0);
	wall.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
	wall.setUTCHours(Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), millis);
	const wallMs = wall.getTime();
	if (zulu) return formatUtc(wallMs);
	if (sign) {
		const offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes ?? 0));
		return formatUtc(wallMs - offset * 60_000);
	}
	return formatUtc(wallTimeToEpoch(wallMs, options.timeZone));
}
