import type { INodeProperties } from 'n8n-workflow';

import { customApiCallResource } from '../shared/customApiCall';
import type { ResourceDefinition } from '../shared/operation';
import type { JobtrainEndpoint } from './jobtrain.api';

const notice: INodeProperties = {
	displayName:
		'Jobtrain publishes its endpoints to API partners only. Enter any path from your Jobtrain API documentation (e.g. /jobs?PageNo=2&PageSize=100); the token is fetched, sent as a bearer header and renewed for you.',
	name: 'jobtrainCallNotice',
	type: 'notice',
	default: '',
};

/** The shared passthrough, first-class here because Jobtrain's paths are known to partners only. */
export function jobtrainCustomApiCall(): ResourceDefinition<JobtrainEndpoint> {
	const resource = customApiCallResource('Jobtrain') as ResourceDefinition<JobtrainEndpoint>;
	return {
		...resource,
		operations: resource.operations.map((operation) => ({ ...operation, properties: [notice, ...operation.properties] })),
	};
}
