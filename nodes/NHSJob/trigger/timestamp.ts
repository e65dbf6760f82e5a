/**
 * Reads a delivery timestamp: Unix seconds, Unix milliseconds (13 digits or more) or an ISO 8601
 * date. Returns epoch milliseconds, or undefined when the value is not a time.
 */
export function parseTimestamp(value: string): number | undefined {
	const text = value.trim();
	if (/^\d+(\.\d+)?$/.test(text)) {
		const number = Number(text);
		return text.split('.')[0].length >= 13 ? number : number * 1000;
	}
	if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return undefined;
	const parsed = Date.parse(text);
	return Number.isNaN(parsed) ? undefined : parsed;
}
