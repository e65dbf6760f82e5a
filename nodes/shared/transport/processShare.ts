import type { IDataObject, INodeProperties } from 'n8n-workflow';

/**
 * The credential field that splits a rate limit between n8n processes. Each n8n process (the main
 * instance, or each worker in queue mode) keeps its own count of requests, so processes sharing a
 * credential each take an equal share of its limit.
 */
export const processesSharingProperty: INodeProperties = {
	displayName: 'Processes Sharing This Credential',
	name: 'processesSharingCredential',
	type: 'number',
	typeOptions: { minValue: 1, numberPrecision: 0 },
	default: 1,
	description:
		'How many n8n processes run executions with this credential: in queue mode, the number of worker processes (1 for a single n8n instance). Each process counts only its own requests, so each keeps to the rate limit divided by this number.',
};

/** How many processes share the credential: a whole number of at least 1 (1 when missing or unusable). */
export function processesSharing(credentials: IDataObject): number {
	const value = credentials[processesSharingProperty.name];
	const count = typeof value === 'number' || (typeof value === 'string' && value.trim() !== '') ? Math.floor(Number(value)) : NaN;
	return Number.isFinite(count) && count >= 1 ? count : 1;
}

/** This process's share of a per-minute limit: `floor(limit / processes)`, at least 1. */
export function shareOfLimit(requestsPerMinute: number, credentials: IDataObject): number {
	return Math.max(1, Math.floor(requestsPerMinute / processesSharing(credentials)));
}
