import { invalid } from '../responses';

export type Operator = 'eq' | 'gt' | 'lt';

export interface Condition {
	readonly field: string;
	readonly operator: Operator;
	readonly values: string[];
}

export type FieldKind = 'text' | 'date' | 'number';

/** The fields a resource can be filtered on, and the operators each accepts. */
export type FilterFields = Readonly<Record<string, { kind: FieldKind; operators: readonly Operator[] }>>;

/**
 * Parses Cegid's filter syntax: conditions joined by `|`, each `field::v1,v2` (any of the values) or
 * `field:gt:value` / `field:lt:value`. Any problem is a 400 naming the filter and what is wrong.
 */
export function parseFilter(raw: string | null, fields: FilterFields): Condition[] {
	if (raw === null || raw.trim() === '') return [];
	return raw.split('|').map((part) => parseCondition(part.trim(), fields));
}

function parseCondition(text: string, fields: FilterFields): Condition {
	const exact = /^([A-Za-z]+)::(.+)$/.exec(text);
	const compared = /^([A-Za-z]+):(gt|lt):(.+)$/.exec(text);
	if (!exact && !compared) {
		throw invalid('filter', `condition "${text}" is not valid: write field::value1,value2 or field:gt:value or field:lt:value`);
	}
	const field = (exact ?? compared)![1];
	const operator: Operator = exact ? 'eq' : (compared![2] as Operator);
	const values = exact ? exact[2].split(',').map((value) => value.trim()).filter(Boolean) : [compared![3].trim()];
	const spec = Object.entries(fields).find(([name]) => name.toLowerCase() === field.toLowerCase());
	if (!spec) throw invalid('filter', `field "${field}" cannot be filtered on; use one of ${Object.keys(fields).join(', ')}`);
	const [name, { kind, operators }] = spec;
	if (!operators.includes(operator)) {
		throw invalid('filter', `field "${name}" does not accept ${operator === 'eq' ? '::' : `:${operator}:`}; use ${operators.map((op) => (op === 'eq' ? '::' : `:${op}:`)).join(' or ')}`);
	}
	if (values.length === 0) throw invalid('filter', `condition "${text}" has no value`);
	for (const value of values) {
		if (kind === 'date' && Number.isNaN(Date.parse(`${value}${value.length === 10 ? 'T00:00:00' : ''}Z`)) && Number.isNaN(Date.parse(value))) {
			throw invalid('filter', `"${value}" is not a date for field "${name}"; write it as 2019-06-10 or 2019-06-10T14:00:00`);
		}
		if (kind === 'number' && !/^\d+$/.test(value)) throw invalid('filter', `"${value}" is not a number for field "${name}"`);
	}
	return { field: name, operator, values };
}

/** Whether a record's fields meet every condition. Dates compare as naive date-times. */
export function matches(conditions: Condition[], valueOf: (field: string) => string | number | undefined, kinds: FilterFields): boolean {
	return conditions.every((condition) => {
		const actual = valueOf(condition.field);
		if (actual === undefined) return false;
		const kind = kinds[condition.field].kind;
		if (condition.operator === 'eq') return condition.values.some((value) => String(actual).toLowerCase() === value.toLowerCase());
		const left = comparable(actual, kind);
		const right = comparable(condition.values[0], kind);
		return condition.operator === 'gt' ? left > right : left < right;
	});
}

function comparable(value: string | number, kind: FieldKind): number | string {
	if (kind === 'number') return Number(value);
	if (kind === 'date') {
		const text = String(value).replace(/(Z|[+-]\d{2}:\d{2})$/, '');
		return Date.parse(`${text.length === 10 ? `${text}T00:00:00` : text}Z`);
	}
	return String(value);
}
