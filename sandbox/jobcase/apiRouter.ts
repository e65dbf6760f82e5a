import { Router } from '../core/router';
import type { JobcaseContext } from './context';
import { JOBCASE_ENDPOINTS, type JobcaseEndpointName } from './endpoints';
import { applicationEventHandlers } from './handlers/applicationEvent';
import { campaignHandlers } from './handlers/campaign';
import { ccpaHandlers } from './handlers/ccpa';
import { companyHandlers } from './handlers/company';
import { costDataHandlers } from './handlers/costData';
import type { EndpointHandlers } from './handlers/endpointHandlers';
import { estimateHandlers } from './handlers/estimate';
import { jobHandlers } from './handlers/job';
import { jobLifecycleHandlers } from './handlers/jobLifecycle';
import { productHandlers } from './handlers/product';
import { resumeMatchHandlers } from './handlers/resumeMatch';

/** Routes every row of the endpoint table to its handler; the type makes a missing handler a compile error. */
export function buildApiRouter(ctx: JobcaseContext): Router {
	const handlers: EndpointHandlers = {
		...companyHandlers(ctx),
		...jobHandlers(ctx),
		...jobLifecycleHandlers(ctx),
		...campaignHandlers(ctx),
		...costDataHandlers(ctx),
		...estimateHandlers(ctx),
		...productHandlers(ctx),
		...applicationEventHandlers(ctx),
		...ccpaHandlers(ctx),
		...resumeMatchHandlers(ctx),
	};
	const router = new Router();
	for (const name of Object.keys(JOBCASE_ENDPOINTS) as JobcaseEndpointName[]) {
		const endpoint = JOBCASE_ENDPOINTS[name];
		router.add(endpoint.method, endpoint.path, handlers[name]);
	}
	return router;
}
