import type { IDataObject } from 'n8n-workflow';

/** What Get Many's Simplify keeps (its description lists the same fields). */
const KEPT_FIELDS = ['id', 'adNumber', 'jobTitle', 'jobStatus', 'companyId', 'jobCity', 'jobState', 'jobZipCode', 'startDate', 'endDate'];

/** Drops the long description and the apply settings, which dominate a job list's size. */
export function simplifyJob(job: IDataObject): IDataObject {
	const simplified: IDataObject = {};
	for (const field of KEPT_FIELDS) if (job[field] !== undefined) simplified[field] = job[field];
	return simplified;
}
