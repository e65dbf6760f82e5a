import type { NodeRouter } from '../../shared/router';
import type { JobtrainEndpoint } from '../jobtrain.api';
import * as candidate from './candidate';
import * as customApiCall from './customApiCall';
import * as exportResource from './export';
import * as job from './job';
import * as setting from './setting';

export const router: NodeRouter<JobtrainEndpoint> = {
	candidate: candidate.operations,
	customApiCall: customApiCall.operations,
	export: exportResource.operations,
	job: job.operations,
	setting: setting.operations,
};
