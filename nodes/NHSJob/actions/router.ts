import type { NodeRouter } from '../../shared/router';
import type { NhsJobEndpoint } from '../nhsjob.api';
import * as application from './application';
import * as customApiCall from './customApiCall';
import * as job from './job';

export const router: NodeRouter<NhsJobEndpoint> = {
	application: application.operations,
	customApiCall: customApiCall.operations,
	job: job.operations,
};
