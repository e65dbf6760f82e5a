import { cegidAssumptions } from '../../cegid.api';

/**
 * Cegid's export filter syntax: `field::v1,v2` (exact match on any value), `field:gt:value` and
 * `field:lt:value`; several conditions joined by a separator Cegid does not document.
 */
export function exactMatch(field: string, values: string[]): string {
	return `${field}::${values.join(',')}`;
}

export function compare(field: string, operator: 'gt' | 'lt', value: string | number): string {
	return `${field}:${operator}:${value}`;
}

export function joinConditions(conditions: Array<string | undefined>): string | undefined {
	const present = conditions.map((condition) => condition?.trim()).filter((condition): condition is string => Boolean(condition));
	return present.length > 0 ? present.join(cegidAssumptions.filterSeparator.value) : undefined;
}

/** Characters that would end a value early or start the next condition. */
export const FILTER_RESERVED = /[,|]/;

/**
 * Dates as Cegid writes them: ISO 8601 without a time zone (`2019-06-10` or `2019-06-10T14:22:05`),
 * in the client's local time. A time zone or milliseconds from n8n's date picker are dropped, so the
 * wall-clock time the user entered is what is compared. Returns undefined when `value` is no date.
 */
export function filterDate(value: string): string | undefined {
	const text = value.trim();
	if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return Number.isNaN(Date.parse(text)) ? undefined : text;
	const wallClock = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?/.exec(text);
	if (wallClock) return Number.isNaN(Date.parse(`${wallClock[1]}T${wallClock[2]}`)) ? undefined : `${wallClock[1]}T${wallClock[2]}${wallClock[3] ?? ':00'}`;
	const parsed = Date.parse(text);
	return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString().slice(0, 19);
}
