import type { INode } from 'n8n-workflow';

import { inputError } from './errors';

/**
 * The one strict ISO 8601 check for every date field of every provider. JavaScript's Date.parse
 * guesses: it turns 2024-02-30 into 1 March and "1" into a day in 2001. Here a date is
 * `YYYY-MM-DD`, optionally followed by `T` (or a space) and `hh:mm`, `hh:mm:ss` or `hh:mm:ss.fff`,
 * optionally followed by `Z` or an offset `±hh:mm` / `±hhmm` / `±hh`; every part must exist on the
 * calendar and the clock.
 */
const ISO_DATE =
	/^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;

export const ISO_DATE_EXAMPLE = '2030-01-05 or 2030-01-05T19:09:35Z';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysInMonth(year: number, month: number): number {
	if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** What is wrong with `value` as an ISO 8601 date, or undefined when it is a real one. */
export function isoDateProblem(value: unknown): string | undefined {
	const text = dateText(value);
	if (text === undefined) return `${JSON.stringify(value ?? null)} is not an ISO 8601 date`;
	const match = ISO_DATE.exec(text);
	if (!match) return `"${text}" is not an ISO 8601 date`;
	const [, y, mo, d, h, mi, s, , , sign, offsetHours, offsetMinutes] = match;
	const year = Number(y);
	const month = Number(mo);
	const day = Number(d);
	if (month < 1 || month > 12) return `"${text}" has no month ${mo}`;
	const days = daysInMonth(year, month);
	if (day < 1 || day > days) return `"${text}" is not a calendar date: ${MONTHS[month - 1]} ${year} has ${days} days`;
	if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59))) {
		return `"${text}" is not a time of day`;
	}
	if (offsetHours !== undefined && (Number(offsetHours) > 23 || Number(offsetMinutes ?? 0) > 59)) {
		return `"${text}" has an impossible time-zone offset`;
	}
	if (year === 0 || (sign !== undefined && !instantInRange(year, month, day, h, mi, sign, offsetHours, offsetMinutes))) {
		return `"${text}" falls outside the years 0001–9999 in UTC`;
	}
	return undefined;
}

/** Whether a date with an offset is an instant of the years 0001–9999 in UTC (seconds cannot move it across a year). */
function instantInRange(year: number, month: number, day: number, hours: string | undefined, minutes: string | undefined, sign: string, offsetHours: string, offsetMinutes: string | undefined): boolean {
	const wall = new Date(0);
	wall.setUTCFullYear(year, month - 1, day);
	wall.setUTCHours(Number(hours ?? 0), Number(minutes ?? 0), 0, 0);
	const offsetMs = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes ?? 0)) * 60_000;
	const utcYear = new Date(wall.getTime() - offsetMs).getUTCFullYear();
	return utcYear >= 1 && utcYear <= 9999;
}

/** A date as text: strings as given, JavaScript dates and Luxon DateTimes (from expressions such as {{ $now }}) as ISO text. */
function dateText(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim();
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
	const toISO = (value as { toISO?: unknown } | null)?.toISO;
	if (typeof toISO === 'function') {
		const text: unknown = toISO.call(value);
		return typeof text === 'string' ? text : undefined;
	}
	return undefined;
}

export function isIsoDate(value: unknown): value is string {
	return isoDateProblem(value) === undefined;
}

/** For zod schemas: `.superRefine(isoDateIssue)` on a (trimmed) string, with a message saying what is wrong and the fix. */
export function isoDateIssue(value: string, context: { addIssue(issue: { code: 'custom'; message: string }): void }): void {
	const problem = isoDateProblem(value);
	if (problem) context.addIssue({ code: 'custom', message: `must be a real ISO 8601 date, e.g. ${ISO_DATE_EXAMPLE}: ${problem}` });
}

/**
 * An optional date field read by an operation: undefined when empty, the trimmed text when it is a real
 * ISO 8601 date, otherwise an input error naming the field and the item, before anything is sent.
 */
export function readIsoDate(node: INode, itemIndex: number, value: unknown, label: string): string | undefined {
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
	const problem = isoDateProblem(value);
	if (problem) throw inputError(node, itemIndex, label, problem, `Enter a real ISO 8601 date, e.g. ${ISO_DATE_EXAMPLE}.`);
	return dateText(value);
}
