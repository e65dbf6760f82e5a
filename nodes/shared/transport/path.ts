/**
 * Everything that puts user input into a request path. An ID can never move a request: a value that
 * is empty or a dot segment (`.`, `..`, also once trimmed or percent-decoded, e.g. `%2e%2e`, with `;`
 * parameters, e.g. `..;`, or as part of `a/../..`) or holds an escape some server decodes to a dot
 * (`%u002e`, overlong UTF-8 such as `%c0%ae`) is refused, and any other value is percent-encoded so it
 * stays one path segment.
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
		this.description = `Enter the ${label.replace(/ (Name or )?ID$/, '').toLowerCase()} ID exactly as the provider returned it. Empty values, "." and ".." (also percent-encoded, e.g. %2e%2e, or followed by ";…") and escapes some servers read as "." (%u002e, %c0%ae) are refused so that a request can never reach another endpoint.`;
	}
}

/**
 * Decodes percent-encoding until nothing changes (double-encoding included), at most `rounds` times; stops at
 * malformed escapes (see `nonstandardEscape`, which refuses them).
 */
export function decodeFully(value: string, rounds = 10): string {
	let current = value;
	for (let round = 0; round < rounds; round++) {
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

/**
 * True when the text, decoded and with backslashes read as slashes, has a `.` or `..` segment, also once
 * its `;` parameters are dropped (Tomcat and Jetty read `..;x` as `..`).
 */
export function hasDotSegment(text: string): boolean {
	return decodeFully(text)
		.split(/[/\\]/)
		.some((segment) => {
			const trimmed = segment.split(';')[0].trim();
			return trimmed === '.' || trimmed === '..';
		});
}

/**
 * Escapes some servers decode into anything, `.` included, although no standard decoder does: IIS's `%u002e`,
 * and percent-sequences that are not valid UTF-8, such as the overlong `%c0%ae`. Looked for at every level of
 * percent-encoding. Returns what is wrong, or undefined.
 */
export function nonstandardEscape(text: string): string | undefined {
	let current = text;
	for (let round = 0; round < 10; round++) {
		if (/%u[0-9a-f]{4}/i.test(current)) return 'has a %u escape';
		const runs = current.match(/(?:%[0-9a-f]{2})+/gi) ?? [];
		for (const run of runs) {
			try {
				decodeURIComponent(run);
			} catch {
				return `has ${run}, which is not valid UTF-8`;
			}
		}
		const next = decodeFully(current, 1);
		if (next === current) return undefined;
		current = next;
	}
	return undefined;
}

/** One path segment from a user's value: trimmed, checked and percent-encoded. */
export function pathSegment(name: string, value: unknown, itemIndex?: number): string {
	const label = PATH_PARAMETER_LABELS[name] ?? name;
	const text = value === undefined || value === null ? '' : String(value).trim();
	if (decodeFully(text).trim() === '') {
		throw new PathParameterError(name, label, 'is required: the request path needs it', itemIndex);
	}
	if (hasDotSegment(text) || nonstandardEscape(text) !== undefined) {
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
