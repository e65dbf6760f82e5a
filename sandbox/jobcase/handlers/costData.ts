import { HttpError } from '../../core/httpError';
import { json } from '../../core/reply';
import type { JobcaseContext } from '../context';
import { toInteger } from '../drf/fields';
import { paginate, readPage } from '../drf/paging';
import { representCost } from '../represent';
import type { EndpointHandlers } from './endpointHandlers';

export function costDataHandlers(ctx: JobcaseContext): Pick<EndpointHandlers, 'listCostData'> {
	return {
		listCostData: (req) => {
			const jobId = readIdFilter(req.query, 'jobId');
			const campaignId = readIdFilter(req.query, 'campaignId');
			const page = readPage(req.query, ctx.config().maxPageSize, ctx.config().overMaxPageSize);
			const store = ctx.store();
			const campaignIds = campaignId === undefined ? [...store.costs.keys()] : [campaignId];
			const rows = campaignIds
				.flatMap((id) => store.costsOf(id))
				.filter((row) => jobId === undefined || row.jobId === jobId)
				.sort((a, b) => a.id - b.id);
			return json(200, paginate(rows, page, representCost));
		},
	};
}

function readIdFilter(query: URLSearchParams, name: string): number | undefined {
	const raw = query.get(name);
	if (raw === null || raw === '') return undefined;
	const value = toInteger(raw);
	if (value === undefined) throw new HttpError(400, { [name]: ['Enter a number.'] });
	return value;
}
