import type { IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../shared/errors';
import { shownValue } from '../../shared/validate';

/** Jobtrain's ID format is not published: a whole number or a plain token (letters, digits, - and _). */
export const JOBTRAIN_ID_PATTERN = '^[A-Za-z0-9_-]+$';

const ID = new RegExp(JOBTRAIN_ID_PATTERN);

/**
 * A Jobtrain ID as text: a non-negative safe integer (as its digits) or text of letters, digits, "-" and "_" (spaces
 * around dropped). `missing` for nothing (undefined, null, empty text, or the 0 earlier versions saved as "none");
 * `problem` says what is wrong with anything else (a fraction, a list, an object, true/false, "12/../34").
 */
export function jobtrainIdValue(raw: unknown): { id: string } | { missing: true } | { problem: string } {
	if (raw === undefined || raw === null || raw === 0) return { missing: true };
	if (typeof raw === 'number') {
		return Number.isSafeInteger(raw) && raw > 0 ? { id: String(raw) } : { problem: `must be a Jobtrain ID: digits (or letters, "-" and "_"), not the number ${shownValue(raw)}` };
	}
	if (typeof raw !== 'string') {
		const kind = Array.isArray(raw) ? 'a list' : typeof raw === 'object' ? 'an object' : typeof raw === 'boolean' ? `${String(raw)}` : typeof raw;
		return { problem: `must be a Jobtrain ID: digits (or letters, "-" and "_"), not ${kind} (${shownValue(raw)})` };
	}
	const value = raw.trim();
	if (value === '' || value === '0') return { missing: true };
	return ID.test(value) ? { id: value } : { problem: `"${value}" is not a Jobtrain ID` };
}

/**
 * Reads an ID parameter: a resource locator ({ __rl, mode, value }) or, as saved by earlier versions of the node, a
 * plain string or number. Refuses anything that is not a Jobtrain ID before a request is made.
 */
export function readId(context: IExecuteFunctions, itemIndex: number, name: string, label: string): string {
	const raw = context.getNodeParameter(name, itemIndex, '', { extractValue: true }) as unknown;
	const read = jobtrainIdValue(raw);
	if ('id' in read) return read.id;
	throw inputError(
		context.getNode(),
		itemIndex,
		label,
		'missing' in read ? 'is required' : read.problem,
		`Choose the ${label.replace(/ (Name or )?ID$/, '').toLowerCase()} from the list, or enter the ID Jobtrain assigned, e.g. 1234, or map it from a previous node.`,
	);
}
