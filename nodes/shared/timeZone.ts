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

/**
 * The zone's offset from UTC, in milliseconds (whole seconds), at the instant `epochMs` (e.g. -18 000 000 for New
 * York in winter). Historic local mean times have seconds: Kathmandu until 1920 was +05:41:16.
 */
export function zoneOffsetMs(timeZone: string, epochMs: number): number {
	const parts: Record<string, string> = {};
	for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) parts[part.type] = part.value;
	const year = parts.era === 'BC' || parts.era === 'B' ? 1 - Number(parts.year) : Number(parts.year);
	const wall = new Date(0);
	wall.setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day));
	wall.setUTCHours(Number(parts.hour) % 24, Number(parts.minute), Number(parts.second), 0);
	const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
	return Math.round((wall.getTime() - wholeSeconds) / 1000) * 1000;
}

/** The zone's offset from UTC, in minutes, at the instant `epochMs` (e.g. -300 for New York in winter). */
export function zoneOffsetMinutes(timeZone: string, epochMs: number): number {
	return Math.round(zoneOffsetMs(timeZone, epochMs) / 60_000);
}

/**
 * The instant at which the clocks of `timeZone` show `wallMs` (a wall-clock time written as if it were UTC).
 * A time skipped by a daylight-saving change (02:30 on the night clocks go forward) moves forward by the length
 * of the gap (03:30 the new offset); a time that happens twice (01:30 on the night clocks go back) is the first
 * of the two. These are the rules of Temporal's "compatible" disambiguation and of Luxon, which n8n uses.
 */
export function wallTimeToEpoch(wallMs: number, timeZone: string): number {
	const DAY = 86_400_000;
	const offsets = [...new Set([zoneOffsetMs(timeZone, wallMs - DAY), zoneOffsetMs(timeZone, wallMs), zoneOffsetMs(timeZone, wallMs + DAY)])];
	const matches = offsets.map((offset) => wallMs - offset).filter((epoch) => zoneOffsetMs(timeZone, epoch) === wallMs - epoch);
	if (matches.length > 0) return Math.min(...matches);
	// In a gap: read the wall time with the offset in force before the change, which lands after the gap.
	return wallMs - zoneOffsetMs(timeZone, wallMs - DAY);
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
	const converted = convertToUtc(text, options);
	if ('problem' in converted) {
		throw inputError(node, itemIndex, label, converted.problem, `Enter a date between the years 0001 and 9999, e.g. ${ISO_DATE_EXAMPLE}.`);
	}
	return converted.value;
}

/** Converts text that has passed the strict ISO 8601 check (see isoDate.ts); throws when the instant is outside years 0001–9999. */
export function toUtc(text: string, options: UtcDateOptions): string {
	const converted = convertToUtc(text, options);
	if ('problem' in converted) throw new Error(converted.problem);
	return converted.value;
}

/** The value to send, or what is wrong: an instant before 0001 or after 9999 in UTC has no plain ISO 8601 form. */
function convertToUtc(text: string, options: UtcDateOptions): { value: string } | { problem: string } {
	const match = DATE_TIME.exec(text.trim());
	if (!match) return { problem: `"${text}" is not an ISO 8601 date` };
	const [, y, mo, d, h, mi, s, fraction, zulu, sign, offsetHours, offsetMinutes] = match;
	if (h === undefined && options.dateOnly === 'keep') {
		return y === '0000' ? { problem: outOfRange(text) } : { value: `${y}-${mo}-${d}` };
	}
	const millis = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
	const wall = new Date(0);
	wall.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
	wall.setUTCHours(Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), millis);
	const wallMs = wall.getTime();
	let epochMs: number;
	if (zulu) epochMs = wallMs;
	else if (sign) epochMs = wallMs - (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes ?? 0)) * 60_000;
	else epochMs = wallTimeToEpoch(wallMs, options.timeZone);
	return isInPlainIsoRange(epochMs) ? { value: formatUtc(epochMs) } : { problem: outOfRange(text, zulu || sign ? undefined : options.timeZone) };
}

/** 0001-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the instants ISO 8601 writes with a plain four-digit year. */
const FIRST_PLAIN_ISO_MS = -62_135_596_800_000;
const LAST_PLAIN_ISO_MS = 253_402_300_799_999;

export function isInPlainIsoRange(epochMs: number): boolean {
	return epochMs >= FIRST_PLAIN_ISO_MS && epochMs <= LAST_PLAIN_ISO_MS;
}

function outOfRange(text: string, timeZone?: string): string {
	const where = timeZone === undefined ? '' : ` (read in the time zone ${timeZone} where it has no offset)`;
	return `"${text}"${where} falls outside the years 0001–9999 in UTC`;
}
