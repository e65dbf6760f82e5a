import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { NhsJobAuthentication } from './nhsjob.api';

export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'API Key',
			value: 'apiKey',
			description: 'For reading jobs from a server; NHSJob keys are read-only unless NHSJob granted more',
		},
		{
			name: 'OAuth2',
			value: 'oAuth2',
			description: 'Acts on behalf of an NHSJob user; needed to submit applications',
		},
	],
	default: 'apiKey',
};

export function readAuthentication(context: IExecuteFunctions, itemIndex = 0): NhsJobAuthentication {
	return context.getNodeParameter('authentication', itemIndex, 'apiKey') === 'oAuth2' ? 'oAuth2' : 'apiKey';
}
