import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

import { BASE_URL_EXPRESSION, environmentProperties } from '../nodes/NHSJob/transport/environment';

export class NHSJobApi implements ICredentialType {
	name = 'nhsJobApi';

	displayName = 'NHSJob API';

	icon = { light: 'file:../icons/nhsjob.svg', dark: 'file:../icons/nhsjob.dark.svg' } as const;

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-nhsjob#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'Generate it in the NHSJob Developer Dashboard under Applications; it is sent as the X-API-Key header. Keys are meant for reading jobs: submitting applications needs OAuth2 or a key with the write:applications permission.',
		},
		...environmentProperties,
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { 'X-API-Key': '={{$credentials.apiKey}}' },
		},
	};

	test: ICredentialTestRequest = {
		request: {
			// The credential is only ever sent to the Base URL: a redirect fails the test instead of being followed.
			disableFollowRedirect: true,
			baseURL: BASE_URL_EXPRESSION,
			url: '/jobs',
			qs: { limit: 1 },
		},
	};
}
