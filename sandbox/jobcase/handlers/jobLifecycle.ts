import { json } from '../../core/reply';
import type { JobcaseContext } from '../context';
import { integerField } from '../drf/fields';
import { readRequestData } from '../drf/requestData';
import { requireValid, validateData } from '../drf/serializer';
import type { JobStatus } from '../records';
import { campaignMustExist } from '../relations';
import { representJob } from '../represent';
import type { EndpointHandlers } from './endpointHandlers';
import { findJob } from './job';
import { productCodesField } from './jobSchema';

const productsSchema = {
	products: productCodesField(),
	campaignId: integerField().optional().nullable(),
};

export function jobLifecycleHandlers(
	ctx: JobcaseContext,
): Pick<EndpointHandlers, 'setJobProducts' | 'expireJob' | 'unexpireJob'> {
	const setStatus = (status: JobStatus): EndpointHandlers['expireJob'] => (req) => {
		const job = findJob(ctx, req);
		job.jobStatus = status;
		// The reference documents `{"success": true}`; the job itself is added so callers see the new status.
		return json(200, { success: true, ...representJob(job) });
	};
	return {
		/** Replaces the job's products; with a campaign, adds the job to it (or removes it when no products remain). */
		setJobProducts: (req) => {
			const job = findJob(ctx, req);
			const store = ctx.store();
			const input = requireValid(validateData(productsSchema, readRequestData(req).data), (valid) =>
				campaignMustExist(store, valid.campaignId),
			);
			job.products = [...new Set(input.products)];
			const campaign = input.campaignId == null ? undefined : store.campaigns.get(input.campaignId);
			if (campaign) {
				const member = campaign.jobIds.includes(job.id);
				if (job.products.length > 0 && !member) campaign.jobIds.push(job.id);
				if (job.products.length === 0 && member) campaign.jobIds = campaign.jobIds.filter((id) => id !== job.id);
			}
			return json(200, { id: job.id, products: [...job.products] });
		},
		expireJob: setStatus('Expired'),
		unexpireJob: setStatus('Active'),
	};
}
