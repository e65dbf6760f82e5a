import type { Handler } from '../../core/router';
import type { JobcaseEndpointName } from '../endpoints';

/** One handler per row of the endpoint table. */
export type EndpointHandlers = Record<JobcaseEndpointName, Handler>;
