import type { SandboxRequest } from '../core/request';
import { type Handler, Router } from '../core/router';
import type { Principal } from './access/principal';
import type { NhsJobContext } from './context';
import { NHSJOB_API_ROUTES, type NhsJobApiRouteName } from './endpoints';
import { submitApplication } from './handlers/applications';
import { getCandidate } from './handlers/candidates';
import { getJob, listJobs } from './handlers/jobs';

/** A request that passed authentication. */
export type AuthenticatedRequest = SandboxRequest & { readonly principal: Principal };

const HANDLERS = { listJobs, getJob, submitApplication, getCandidate } satisfies Record<NhsJobApiRouteName, unknown>;

export interface ApiRoutes {
	readonly router: Router;
	/** Which table row a matched handler serves, to check its permission before running it. */
	readonly routeOf: Map<Handler, NhsJobApiRouteName>;
}

/** Routes every row of the API table to its handler; the type makes a missing handler a compile error. */
export function buildApiRoutes(ctx: NhsJobContext): ApiRoutes {
	const router = new Router();
	const routeOf = new Map<Handler, NhsJobApiRouteName>();
	for (const name of Object.keys(NHSJOB_API_ROUTES) as NhsJobApiRouteName[]) {
		const route = NHSJOB_API_ROUTES[name];
		const handler: Handler = (req) => HANDLERS[name](ctx, req, (req as AuthenticatedRequest).principal);
		routeOf.set(handler, name);
		router.add(route.method, route.path, handler);
	}
	return { router, routeOf };
}
