import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

import { processesSharingProperty } from '../nodes/shared/transport/processShare';

export class JobcaseApi implements ICredentialType {
	name = 'jobcaseApi';

	displayName = 'Jobcase API';

	icon = { light: 'file:../icons/jobcase.svg', dark: 'file:../icons/jobcase.dark.svg' } as const;

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-jobcase#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'The partner API key Jobcase issued to you; it is sent as the X-Platform-Api-Key header',
		},
		{
			displayName: 'Partner ID',
			name: 'partnerId',
			type: 'number',
			required: true,
			default: 0,
			description: 'Your Jobcase partner identifier; used for companies and products',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://platform-api.partners.jobcase.com/api/platform/v1',
			description: 'Change only to point at a test server, such as this package’s sandbox',
		},
		{
			displayName: 'Requests per Minute',
			name: 'requestsPerMinute',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 200,
			description:
				'Jobcase asks partners to stay within 200 requests per minute. All nodes using this credential share the limit. Raise it only if Jobcase raised yours.',
		},
		processesSharingProperty,
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { 'X-Platform-Api-Key': '={{$credentials.apiKey}}' },
		},
	};

	test: ICredentialTestRequest = {
		request: {
			// The credential is only ever sent to the Base URL: a redirect fails the test instead of being followed.
			disableFollowRedirect: true,
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/product/',
			qs: { partnerId: '={{$credentials.partnerId}}' },
		},
	};
}
