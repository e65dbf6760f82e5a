/** DRF's error shape: a list of messages per field, nested objects/lists keyed by field name or index. */
export type ErrorTree = string[] | { [key: string]: ErrorTree };

export type FieldErrors = Record<string, ErrorTree>;

/** DRF's name for a JSON value's type, as it appears in its messages ("str", "list", ...). */
export function pythonTypeName(value: unknown): string {
	if (value === null) return 'NoneType';
	if (Array.isArray(value)) return 'list';
	switch (typeof value) {
		case 'string':
			return 'str';
		case 'boolean':
			return 'bool';
		case 'number':
			return Number.isInteger(value) ? 'int' : 'float';
		case 'object':
			return 'dict';
		default:
			return typeof value;
	}
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);
}
