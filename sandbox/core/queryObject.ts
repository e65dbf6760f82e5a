export type QueryObject = Record<string, string | string[]>;

/** URLSearchParams as a plain object; a repeated key becomes an array of its values in order. */
export function queryObject(params: URLSearchParams): QueryObject {
	const result: QueryObject = {};
	for (const [key, value] of params) {
		const existing = result[key];
		if (existing === undefined) result[key] = value;
		else if (Array.isArray(existing)) existing.push(value);
		else result[key] = [existing, value];
	}
	return result;
}
