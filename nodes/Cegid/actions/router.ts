import type { NodeRouter } from '../../shared/router';
import type { CegidEndpoint } from '../cegid.api';
import * as candidate from './candidate';
import * as customApiCall from './customApiCall';
import * as referential from './referential';
import * as report from './report';
import * as vacancy from './vacancy';
import * as webhook from './webhook';

export const router: NodeRouter<CegidEndpoint> = {
	candidate: candidate.operations,
	customApiCall: customApiCall.operations,
	referential: referential.operations,
	report: report.operations,
	vacancy: vacancy.operations,
	webhook: webhook.operations,
};
