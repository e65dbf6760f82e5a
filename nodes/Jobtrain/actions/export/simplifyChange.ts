import type { IDataObject } from 'n8n-workflow';

const DROPPED = new Set(['equalOpportunities', 'statusHistory', 'answers', 'questions']);

/** Drops the equal-opportunities data and the status history, which users rarely map and which are sensitive or long. */
export function simplifyChange(record: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(record).filter(([key]) => !DROPPED.has(key)));
}
