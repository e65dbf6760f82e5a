import { NodeOperationError } from 'n8n-workflow';
import type { INode, INodeProperties } from 'n8n-workflow';
import type { ZodTypeAny, z } from 'zod';

/**
 * Checks an item's input against a schema before anything is sent. The error names the field by its
 * label in the UI, the item, what is wrong and the fix (schemas word their messages as fixes).
 */
export function validateInput<Schema extends ZodTypeAny>(
	node: INode,
	schema: Schema,
	input: unknown,
	itemIndex: number,
	labels: Record<string, string>,
): z.infer<Schema> {
	const result = schema.safeParse(input);
	if (result.success) return result.data;
	const issues = (result.error.issues as unknown as Issue[]).map((issue) => describeIssue(issue, input, labels));
	const [first] = issues;
	return throwInvalid(node, itemIndex, first, issues);
}

function throwInvalid(node: INode, itemIndex: number, first: string, all: string[]): never {
	throw new NodeOperationError(node, `Invalid input in item ${itemIndex}: ${first}`, {
		itemIndex,
		description: all.length > 1 ? `All problems in this item:\n- ${all.join('\n- ')}` : undefined,
	});
}

/**
 * What this module reads of an issue. zod 3 and zod 4 (either may be the one the pack finds inside n8n, see
 * zodCompat.ts) both give `code`, `path` and `message`; their own messages and some details differ (zod 3:
 * `invalid_enum_value` with `options`, `type` on size issues, `unionErrors`; zod 4: `invalid_value` with
 * `values`, `origin`, `errors`). Messages written in the schemas are kept; zod's own are worded here, the same
 * for both.
 */
interface Issue {
	readonly code: string;
	readonly path: PropertyKey[];
	readonly message: string;
	readonly expected?: unknown;
	readonly options?: unknown[];
	readonly values?: unknown[];
	readonly type?: string;
	readonly origin?: string;
	readonly minimum?: number | bigint;
	readonly maximum?: number | bigint;
	readonly inclusive?: boolean;
	readonly unionErrors?: Array<{ issues: Issue[] }>;
	readonly errors?: Issue[][];
}

/** zod 3's and zod 4's own messages; the schemas' messages start in lower case ("is required: …", "must be …"). */
const ZOD_DEFAULT_MESSAGE = /^(Required$|Expected .*, received |Invalid |Too (small|big)|(String|Number|Array|Set|BigInt|Date|Value|List) must )/;

function describeIssue(issue: Issue, input: unknown, labels: Record<string, string>): string {
	const path = issue.path.map(String);
	const label = labelFor(path, labels);
	const where = path.length > 0 ? `"${label}" (${path.join('.')})` : 'the input';
	const message = ZOD_DEFAULT_MESSAGE.test(issue.message) ? ownMessage(issue, valueAt(input, path)) ?? issue.message : issue.message;
	return `${where} ${message}`;
}

function valueAt(input: unknown, path: string[]): unknown {
	let value = input;
	for (const segment of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string, unknown>)[segment];
	}
	return value;
}

const TYPE_NAMES: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	integer: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a JSON object',
	record: 'a JSON object',
	date: 'a date',
};

function typeName(expected: unknown): string {
	return TYPE_NAMES[String(expected)] ?? String(expected);
}

function orList(items: string[]): string {
	const unique = [...new Set(items)];
	return unique.length > 1 ? `${unique.slice(0, -1).join(', ')} or ${unique[unique.length - 1]}` : (unique[0] ?? '');
}

function oneOf(allowed: unknown[]): string {
	return `must be one of ${orList(allowed.map((option) => JSON.stringify(option)))}`;
}

function plural(count: number | bigint, one: string, many: string): string {
	return `${count} ${Number(count) === 1 ? one : many}`;
}

/** zod's own message for an issue, worded the same whichever zod raised it; undefined keeps zod's. */
function ownMessage(issue: Issue, value: unknown): string | undefined {
	switch (issue.code) {
		case 'invalid_type': {
			if (value === undefined || value === null) return 'is required';
			// zod 3 reports a value of another type given to an enum as invalid_type, expecting "'a' | 'b'".
			const enumValues = typeof issue.expected === 'string' && /^'.*'$/.test(issue.expected) ? issue.expected.split(' | ').map((option) => option.slice(1, -1)) : undefined;
			return enumValues ? oneOf(enumValues) : `must be ${typeName(issue.expected)}`;
		}
		// zod 3's .finite(); zod 4 rejects Infinity as invalid_type
		case 'not_finite':
			return 'must be a number';
		case 'invalid_union': {
			if (value === undefined || value === null) return 'is required';
			// NaN or Infinity: zod 3 reports the number branch's own issue, zod 4 the union's
			if (typeof value === 'number') return 'must be a number';
			const branches = issue.unionErrors?.map((error) => error.issues) ?? issue.errors ?? [];
			// zod 3 gives the branches' issues the full path, zod 4 a path relative to the union
			const here = (inner: Issue) => inner.path.length === 0 || inner.path.map(String).join('.') === issue.path.map(String).join('.');
			const expected = branches.map((branch) => {
				const [first] = branch.filter(here);
				if (first?.code === 'invalid_type') return typeName(first.expected);
				return first?.code === 'not_finite' ? typeName('number') : undefined;
			});
			return expected.length > 0 && expected.every(Boolean) ? `must be ${orList(expected as string[])}` : undefined;
		}
		case 'invalid_enum_value':
		case 'invalid_value':
			if (value === undefined || value === null) return 'is required';
			return oneOf(issue.options ?? issue.values ?? []);
		case 'too_small':
		case 'too_big': {
			const small = issue.code === 'too_small';
			const limit = small ? issue.minimum : issue.maximum;
			if (limit === undefined) return undefined;
			switch (issue.type ?? issue.origin) {
				case 'string':
					if (small && Number(limit) === 1) return 'must not be empty';
					return `must be ${small ? 'at least' : 'at most'} ${plural(limit, 'character', 'characters')} long`;
				case 'array':
				case 'set':
					if (small && Number(limit) === 1) return 'needs at least one entry';
					return `may hold ${small ? 'no fewer than' : 'at most'} ${plural(limit, 'entry', 'entries')}`;
				case 'number':
				case 'int':
				case 'bigint':
					if (issue.inclusive === false) return `must be ${small ? 'greater' : 'less'} than ${limit}`;
					return `must be ${small ? 'at least' : 'at most'} ${limit}`;
				default:
					return undefined;
			}
		}
		default:
			return undefined;
	}
}

function labelFor(path: string[], labels: Record<string, string>): string {
	for (let length = path.length; length > 0; length--) {
		const key = path.slice(0, length).join('.');
		if (labels[key]) return labels[key];
		const leaf = path[length - 1];
		if (labels[leaf]) return labels[leaf];
	}
	return path.join('.');
}

/** Field name → UI label, taken from the operation's own properties (including collections). */
export function labelsOf(properties: INodeProperties[]): Record<string, string> {
	const labels: Record<string, string> = {};
	const visit = (entries: unknown[]) => {
		for (const entry of entries) {
			const property = entry as { name?: string; displayName?: string; options?: unknown[]; values?: unknown[] };
			if (property.name && property.displayName) labels[property.name] ??= property.displayName;
			if (Array.isArray(property.options)) visit(property.options);
			if (Array.isArray(property.values)) visit(property.values);
		}
	};
	visit(properties);
	return labels;
}

/**
 * A record ID that is a positive whole number: a positive safe integer, or text of decimal digits (spaces around
 * allowed). Anything else is undefined, never coerced: `Number()` would read "0x10" as 16, "1e1" as 10, `true` as 1
 * and `[3]` as 3, and run the operation against another record.
 */
export function positiveIdValue(raw: unknown): number | undefined {
	if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw > 0 ? raw : undefined;
	if (typeof raw !== 'string' || !/^\s*\d+\s*$/.test(raw)) return undefined;
	const value = Number(raw.trim());
	return Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/** A value as an error message shows it: JSON (text in quotes, lists and objects as written). */
export function shownValue(raw: unknown): string {
	if (raw === undefined) return 'nothing';
	try {
		const shown = JSON.stringify(raw);
		return shown === undefined ? String(raw) : shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
	} catch {
		return String(raw);
	}
}

/** Reads a numeric record ID parameter, refusing empty, zero, negative or non-numeric values (see positiveIdValue). */
export function readPositiveId(
	context: { getNodeParameter(name: string, itemIndex: number): unknown; getNode(): INode },
	itemIndex: number,
	parameterName: string,
	label: string,
): number {
	const raw = context.getNodeParameter(parameterName, itemIndex);
	const value = positiveIdValue(raw);
	if (value === undefined) {
		throw new NodeOperationError(
			context.getNode(),
			`Invalid "${label}" in item ${itemIndex}: ${shownValue(raw ?? null)} is not an ID; enter the positive whole number the provider assigned`,
			{ itemIndex, description: `Enter the ${label} as digits only, e.g. 1042, or choose the record from the list.` },
		);
	}
	return value;
}
