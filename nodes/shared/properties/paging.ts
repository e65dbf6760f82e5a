import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { PagingRequest } from '../transport/paginate';

export function returnAllProperties(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			displayOptions: { show: { returnAll: [false] } },
			default: 50,
			description: 'Max number of results to return',
		},
	];
}

export function readPaging(context: IExecuteFunctions, itemIndex: number, maxPageSize: number): PagingRequest {
	const returnAll = context.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? undefined : (context.getNodeParameter('limit', itemIndex, 50) as number);
	return { returnAll, limit, maxPageSize };
}

export function simplifyProperty(whatIsKept: string): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: `Whether to return a simplified version of the response instead of the raw data. Keeps ${whatIsKept}.`,
	};
}
