import type { Reply } from '../../core/reply';
import type { AuthorizedRequest } from '../context';
import type { JobtrainEndpointName } from '../endpoints';

export type ApiHandler = (req: AuthorizedRequest) => Reply | Promise<Reply>;

/** One handler per row of the endpoint table (the token call is handled before authentication). */
export type EndpointHandlers = Record<Exclude<JobtrainEndpointName, 'token'>, ApiHandler>;
