import type { IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

import type { NhsJobAuthentication } from '../nhsjob.api';

/** The node's Authentication choice for an item: 'oAuth2', or the API key (the default). */
export function readAuthentication(context: IExecuteFunctions, itemIndex = 0): NhsJobAuthentication {
	return context.getNodeParameter('authentication', itemIndex, 'apiKey') === 'oAuth2' ? 'oAuth2' : 'apiKey';
}

/** The Authentication chosen in the editor while a list is open. */
export function currentAuthentication(context: ILoadOptionsFunctions): NhsJobAuthentication {
	return context.getCurrentNodeParameter('authentication') === 'oAuth2' ? 'oAuth2' : 'apiKey';
}
