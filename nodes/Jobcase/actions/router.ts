import type { NodeRouter } from '../../shared/router';
import type { JobcaseEndpoint } from '../jobcase.api';
import * as applicationEvent from './applicationEvent';
import * as campaign from './campaign';
import * as company from './company';
import * as customApiCall from './customApiCall';
import * as job from './job';
import * as privacy from './privacy';
import * as product from './product';
import * as resumeMatch from './resumeMatch';

/** Resource → operation → the module that runs it (Jobcase.node.ts routes every item through it). */
export const router: NodeRouter<JobcaseEndpoint> = {
	applicationEvent: applicationEvent.operations,
	campaign: campaign.operations,
	company: company.operations,
	customApiCall: customApiCall.operations,
	job: job.operations,
	privacy: privacy.operations,
	product: product.operations,
	resumeMatch: resumeMatch.operations,
};
