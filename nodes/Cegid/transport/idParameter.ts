import type { IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../shared/errors';

/**
 * An ID as text: a string (trimmed; undefined when blank), or a whole number within JavaScript's safe range, written
 * in decimal. Anything else (an object, a list, true/false, a fraction, NaN) is no ID: `String()` would make
 * `[object Object]`, `a,b` or `true` of it and send that.
 */
export function idText(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
	return typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : undefined;
}

/**
 * An item's ID parameter (a resource locator's value, or a text field) as text, '' when empty. A value of another
 * type, as an expression may return, fails the item before anything is sent, naming the field and the fix.
 */
export function readIdParameter(context: IExecuteFunctions, itemIndex: number, name: string, label: string, fix: string): string {
	const value: unknown = context.getNodeParameter(name, itemIndex, '', { extractValue: true });
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return '';
	const text = idText(value);
	if (text !== undefined) return text;
	throw inputError(
		context.getNode(),
		itemIndex,
		label,
		`must be text or a whole number, not ${describe(value)}`,
		`${fix} An expression must return the ID itself (e.g. {{ $json.id }}), not an object, a list or true/false.`,
	);
}

function describe(value: unknown): string {
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'number') return `the number ${String(value)}`;
	if (typeof value === 'boolean') return String(value);
	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
