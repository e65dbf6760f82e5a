export interface ContentType {
	/** Lower-cased media type without parameters, e.g. "multipart/form-data"; "" when absent. */
	readonly mediaType: string;
	readonly params: Record<string, string>;
}

/** Splits a Content-Type (or Content-Disposition) header into its value and parameters. */
export function parseHeaderWithParams(header: string | undefined): ContentType {
	if (!header) return { mediaType: '', params: {} };
	const [value, ...rest] = splitOutsideQuotes(header);
	const params: Record<string, string> = {};
	for (const part of rest) {
		const eq = part.indexOf('=');
		if (eq < 0) continue;
		const name = part.slice(0, eq).trim().toLowerCase();
		let paramValue = part.slice(eq + 1).trim();
		if (paramValue.startsWith('"') && paramValue.endsWith('"') && paramValue.length >= 2) {
			paramValue = paramValue.slice(1, -1).replace(/\\(.)/g, '$1');
		}
		params[name] = paramValue;
	}
	return { mediaType: value.trim().toLowerCase(), params };
}

function splitOutsideQuotes(header: string): string[] {
	const parts: string[] = [];
	let current = '';
	let quoted = false;
	for (let i = 0; i < header.length; i++) {
		const char = header[i];
		if (char === '\\' && quoted && i + 1 < header.length) {
			current += char + header[++i];
			continue;
		}
		if (char === '"') quoted = !quoted;
		if (char === ';' && !quoted) {
			parts.push(current);
			current = '';
			continue;
		}
		current += char;
	}
	parts.push(current);
	return parts;
}
