import type { IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../shared/errors';

/** Jobtrain's ID format is not published: a whole number or a plain token (letters, digits, - and _). */
export const JOBTRAIN_ID_PATTERN = '^[A-Za-z0-9_-]+$';

/**
 * Reads an ID parameter: a resource locator ({ __rl, mode, value }) or, as saved by earlier versions of the node, a
 * plain string or number. Refuses anything that is not a Jobtrain ID before a request is made.
 */
export function readId(context: IExecuteFunctions, itemIndex: number, name: string, label: string): string {
	const raw = context.getNodeParameter(name, itemIndex, '', { extractValue: true }) as unknown;
	const value = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
	if (value === '' || value === '0' || !new RegExp(JOBTRAIN_ID_PATTERN).test(value)) {
		throw inputError(
			context.getNode(),
			itemIndex,
			label,
			value === '' || value === '0' ? 'is required' : `"${value}" is not a Jobtrain ID`,
			`Choose the ${label.replace(/ (Name or )?ID$/, '').toLowerCase()} from the list, or enter the ID Jobtrain assigned, e.g. 1234, or map it from a previous node.`,
		);
	}
	return value;
}
