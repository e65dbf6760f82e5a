import { Router } from '../core/router';
import type { SandboxRequest } from '../core/request';
import type { AuthorizedRequest, JobtrainContext } from './context';
import { JOBTRAIN_ENDPOINTS, type JobtrainEndpointName } from './endpoints';
import { applyHandlers } from './handlers/apply';
import { candidateHandlers } from './handlers/candidates';
import { exportHandlers } from './handlers/export';
import type { EndpointHandlers } from './handlers/handlerTypes';
import { jobHandlers } from './handlers/jobs';
import { settingHandlers } from './handlers/settings';

/**
 * Routes every row of the endpoint table except the token call to its handler; the type makes a
 * missing handler a compile error. Handlers receive the request with the authenticated user.
 */
export function buildApiRouter(ctx: JobtrainContext): Router {
	const handlers: EndpointHandlers = {
		...jobHandlers(ctx),
		...candidateHandlers(ctx),
		...applyHandlers(ctx),
		...exportHandlers(ctx),
		...settingHandlers(ctx),
	};
	const router = new Router();
	for (const name of Object.keys(JOBTRAIN_ENDPOINTS) as JobtrainEndpointName[]) {
		if (name === 'token') continue;
		const endpoint = JOBTRAIN_ENDPOINTS[name];
		const handler = handlers[name];
		router.add(endpoint.method, endpoint.path, (req: SandboxRequest) => handler(req as AuthorizedRequest));
	}
	return router;
}
