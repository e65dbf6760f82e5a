import type { IDataObject } from 'n8n-workflow';

const DROPPED = /description|advert|summary|html|body|questions/i;

/** Drops the advert and other long text, which dominate a job list's size. */
export function simplifyJob(job: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(job).filter(([key, value]) => !(DROPPED.test(key) && typeof value === 'string')));
}
