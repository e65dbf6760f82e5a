import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../errors';
import type { PagingRequest } from '../transport/paginate';

/** Return All of a list operation; spread it into the operation's description with its display options. */
export const returnAllProperty: INodeProperties = {
	displayName: 'Return All',
	name: 'returnAll',
	type: 'boolean',
	default: false,
	description: 'Whether to return all results or only up to a given limit',
};

/** Limit of a list operation, shown while Return All is off. */
export const limitProperty: INodeProperties = {
	displayName: 'Limit',
	name: 'limit',
	type: 'number',
	typeOptions: { minValue: 1 },
	displayOptions: { show: { returnAll: [false] } },
	default: 50,
	description: 'Max number of results to return',
};

/**
 * Return All and Limit of a list operation. A Limit that is not a whole number of 1 or more (e.g. -5,
 * 0, 2.5 or "abc" from an expression) is refused before anything is sent, instead of returning nothing.
 */
export function readPaging(context: IExecuteFunctions, itemIndex: number, maxPageSize: number): PagingRequest {
	const returnAll = context.getNodeParameter('returnAll', itemIndex, false) as unknown;
	if (returnAll === true || returnAll === 'true') return { returnAll: true, limit: undefined, maxPageSize };
	const limit = readLimit(context, itemIndex);
	return { returnAll: false, limit, maxPageSize };
}

/** Limit as a whole number ≥ 1; numeric text from an expression (" 10 ") is accepted. */
export function readLimit(context: IExecuteFunctions, itemIndex: number): number {
	const raw = context.getNodeParameter('limit', itemIndex, 50) as unknown;
	const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw.trim()) : Number.NaN;
	if (!Number.isSafeInteger(value) || value < 1) {
		throw inputError(
			context.getNode(),
			itemIndex,
			'Limit',
			`${JSON.stringify(raw ?? null)} is not a whole number of 1 or more`,
			'Enter how many results to return, e.g. 50, or turn on Return All to get every result.',
		);
	}
	return value;
}
