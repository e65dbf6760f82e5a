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
): Pick<EndpointHandlers, 'addJobProducts' | 'removeJobProducts' | 'expireJob' | 'unexpireJob'> {
	const setStatus = (status: JobStatus): EndpointHandlers['expireJob'] => (req) => {
		const job = findJob(ctx, req);
		job.jobStatus = status;
		// The reference documents `{"success": true}`; the job itself is added so callers see the new status.
		return json(200, { success: true, ...representJob(job) });
	};
	/**
	 * Adds or removes the named products (a product already there, or already gone, is no change); with a campaign,
	 * the job joins it (add) or leaves it (remove). Answers the job's products, as the reference shows.
	 */
	const changeProducts = (change: 'add' | 'remove'): EndpointHandlers['addJobProducts'] => (req) => {
		const job = findJob(ctx, req);
		const store = ctx.store();
		const input = requireValid(validateData(productsSchema, readRequestData(req).data, { rejectUnknown: true }), (valid) =>
			campaignMustExist(store, valid.campaignId),
		);
		const named = new Set(input.products);
		job.products = change === 'add' ? [...new Set([...job.products, ...named])] : job.products.filter((code) => !named.has(code));
		const campaign = input.campaignId == null ? undefined : store.campaigns.get(input.campaignId);
		if (campaign) {
			const member = campaign.jobIds.includes(job.id);
			if (change === 'add' && !member) campaign.jobIds.push(job.id);
			if (change === 'remove' && member) campaign.jobIds = campaign.jobIds.filter((id) => id !== job.id);
		}
		return json(200, { id: job.id, products: [...job.products] });
	};
	return {
		addJobProducts: changeProducts('add'),
		removeJobProducts: changeProducts('remove'),
		expireJob: setStatus('Expired'),
		unexpireJob: setStatus('Active'),
	};
}
