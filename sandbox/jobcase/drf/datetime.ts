/** A point in time with microsecond precision, as Python's datetime carries it. */
export interface Instant {
	/** Microseconds since the Unix epoch (fits a double exactly for any realistic date). */
	readonly epochMicros: number;
	/** True when the text was a bare date ("2030-01-05"), read as midnight UTC. */
	readonly dateOnly: boolean;
}

const ISO_8601 =
	/^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6})\d*)?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Parses ISO 8601 the way Python's `datetime.fromisoformat` does; a missing offset means UTC. */
export function parseIsoDateTime(text: string): Instant | undefined {
	const match = ISO_8601.exec(text.trim());
	if (!match) return undefined;
	const [, year, month, day, hour, minute, second, fraction, offset] = match;
	const fields = [year, month, day, hour ?? '0', minute ?? '0', second ?? '0'].map(Number);
	const utcMs = Date.UTC(fields[0], fields[1] - 1, fields[2], fields[3], fields[4], fields[5]);
	const check = new Date(utcMs);
	if (
		check.getUTCFullYear() !== fields[0] ||
		check.getUTCMonth() !== fields[1] - 1 ||
		check.getUTCDate() !== fields[2] ||
		fields[3] > 23 ||
		fields[4] > 59 ||
		fields[5] > 59
	) {
		return undefined;
	}
	const micros = fraction ? Number(fraction.padEnd(6, '0')) : 0;
	return {
		epochMicros: (utcMs - offsetMinutes(offset) * 60_000) * 1000 + micros,
		dateOnly: hour === undefined,
	};
}

function offsetMinutes(offset: string | undefined): number {
	if (!offset || offset === 'Z' || offset === 'z') return 0;
	const sign = offset.startsWith('-') ? -1 : 1;
	const digits = offset.slice(1).replace(':', '');
	return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}

/** Formats like Python's `isoformat()` on an aware UTC datetime: `2030-01-05T19:09:35.334843+00:00`. */
export function formatInstant(epochMicros: number): string {
	const millis = Math.floor(epochMicros / 1000);
	const micros = epochMicros - Math.floor(epochMicros / 1_000_000) * 1_000_000;
	const seconds = new Date(millis).toISOString().slice(0, 19);
	return `${seconds}.${String(micros).padStart(6, '0')}+00:00`;
}

export const MICROS_PER_DAY = 86_400_000_000;

export function nowMicros(): number {
	return Date.now() * 1000;
}
