import type { IDataObject } from 'n8n-workflow';

/** What Simplify keeps (the Simplify field's description names them). */
const KEPT_FIELDS = ['id', 'title', 'specialty', 'location', 'contract_type', 'salary_range', 'posted_at'];

/** Drops the description, which makes up most of a job's size. */
export function simplifyJob(job: IDataObject): IDataObject {
	const simplified: IDataObject = {};
	for (const field of KEPT_FIELDS) if (job[field] !== undefined) simplified[field] = job[field];
	return simplified;
}
