/**
 * Everything that puts user input into a request path. An ID can never move a request: a value that
 * is empty or a dot segment (`.`, `..`, also once trimmed or percent-decoded, e.g. `%2e%2e`, or as part
 * of `a/../..`) is refused, and any other value is percent-encoded so it stays one path segment.
 */

/** Path parameter → the label of the field that fills it, for errors the user can act on. */
export const PATH_PARAMETER_LABELS: Record<string, string> = {
	campaignId: 'Campaign ID',
	candidateId: 'Candidate ID',
	category: 'Category Name',
	companyId: 'Company ID',
	hookId: 'Hook ID',
	itemId: 'Item ID',
	jobId: 'Job ID',
	jobSourceId: 'Job Source ID',
	key: 'Match Key',
	languageCode: 'Language Code',
};

/** A path parameter that would change the request path or leave it incomplete. Carries the fix for n8n's error. */
export class PathParameterError extends Error {
	readonly description: string;

	constructor(
		readonly parameter: string,
		readonly label: string,
		problem: string,
		itemIndex?: number,
	) {
		super(`Invalid "${label}"${itemIndex === undefined ? '' : ` in item ${itemIndex}`}: ${problem}`);
		this.name = 'PathParameterError';
		this.description = `Enter the ${label.replace(/ (Name or )?ID$/, '').toLowerCase()} ID exactly as the provider returned it. Empty values, "." and ".." (also percent-encoded, e.g. %2e%2e) are refused so that a request can never reach another endpoint.`;
	}
}

/** Decodes percent-encoding until nothing changes (double-encoding included); stops at malformed escapes. */
export function decodeFully(value: string): string {
	let current = value;
	for (let round = 0; round < 10; round++) {
		let next: string;
		try {
			next = decodeURIComponent(current);
		} catch {
			return current;
		}
		if (next === current) return current;
		current = next;
	}
	return current;
}

/** True when the text, decoded and with backslashes read as slashes, has a `.` or `..` segment. */
export function hasDotSegment(text: string): boolean {
	return decodeFully(text)
		.split(/[/\\]/)
		.some((segment) => {
			const trimmed = segment.trim();
			return trimmed === '.' || trimmed === '..';
		});
}

/** One path segment from a user's value: trimmed, checked and percent-encoded. */
export function pathSegment(name: string, value: unknown, itemIndex?: number): string {
	const label = PATH_PARAMETER_LABELS[name] ?? name;
	const text = value === undefined || value === null ? '' : String(value).trim();
	if (decodeFully(text).trim() === '') {
		throw new PathParameterError(name, label, 'is required: the request path needs it', itemIndex);
	}
	if (hasDotSegment(text)) {
		throw new PathParameterError(name, label, `${JSON.stringify(text)} is not an ID: it would change the request path`, itemIndex);
	}
	return encodeURIComponent(text);
}

/** Fills `{name}` segments of an endpoint's path; see `pathSegment` for what is refused. */
export function fillPath(template: string, params: Record<string, string | number>, itemIndex?: number): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => pathSegment(name, params[name], itemIndex));
}

/** The `{name}` parameters of an endpoint path, in order. */
export function pathParameters(template: string): string[] {
	return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
}
