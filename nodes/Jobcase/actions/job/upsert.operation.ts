import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { labelsOf, validateInput } from '../../../shared/validate';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { jobSchema } from '../../schemas';
import { upsertByNaturalKey, type NaturalKeySpec } from '../../transport/naturalKeyIndex';
import { listEveryJob } from './everyJob';
import { jobAdditionalFields, jobRequiredFields, readJobBody } from './jobFields';

const properties: INodeProperties[] = [...jobRequiredFields, jobAdditionalFields];

export const description: INodeProperties[] = showOnlyFor({ resource: ['job'], operation: ['upsert'] }, properties);

/**
 * Jobs by company and Ad Number (the partner's own job identifier; Jobcase offers no lookup by it). Jobs of every
 * status are listed, so an expired job is updated rather than posted a second time.
 */
const jobsByCompanyAndAdNumber: NaturalKeySpec = {
	memoKey: 'jobcase.jobIdByCompanyAndAdNumber',
	endpoint: 'jobList',
	list: listEveryJob,
	keyOf: (job) => JSON.stringify([Number(job.companyId), String(job.adNumber)]),
	isExpired: (job) => String(job.jobStatus ?? '').toLowerCase() === 'expired',
	// The job list filters on the posting time (`from`), so a remembered index reads only the jobs posted since.
	postedAtOf: (job) => (typeof job.postedAt === 'string' ? Date.parse(job.postedAt) : undefined),
};

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const body = validateInput(this.getNode(), jobSchema, readJobBody(this, itemIndex), itemIndex, labelsOf(properties));
	const key = jobsByCompanyAndAdNumber.keyOf(body);
	// Jobcase's update takes no products or campaign: for an existing job they go through the products call.
	const { products, campaignId, ...updateBody } = body;
	return await upsertByNaturalKey(this, client, jobsByCompanyAndAdNumber, key, itemIndex, {
		update: async (jobId) => {
			const updated = await client.request<IDataObject>('jobUpdate', { pathParams: { jobId }, body: updateBody, itemIndex });
			if (!products?.length && campaignId === undefined) return updated;
			const added = await client.request<IDataObject>('jobProductsAdd', {
				pathParams: { jobId },
				body: { products: products ?? [], ...(campaignId === undefined ? {} : { campaignId }) },
				itemIndex,
			});
			return { ...updated, products: added?.products ?? updated.products };
		},
		create: async () => await client.request<IDataObject>('jobCreate', { body, itemIndex }),
	});
}
