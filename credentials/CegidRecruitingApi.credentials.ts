import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	INodeProperties,
} from 'n8n-workflow';

import { requestToken } from '../nodes/Cegid/transport/requestToken';
import { CEGID_DEFAULT_REQUESTS_PER_MINUTE, cegidEndpoints } from '../nodes/Cegid/cegid.api';
import { processesSharingProperty } from '../nodes/shared/transport/processShare';

export class CegidRecruitingApi implements ICredentialType {
	name = 'cegidRecruitingApi';

	displayName = 'Cegid Recruiting API';

	icon = { light: 'file:../icons/cegid.svg', dark: 'file:../icons/cegid.dark.svg' } as const;

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-cegid-recruiting#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'https://yourcompany.talent-soft.com',
			description: 'The address of your Cegid Digital Recruiting (Talentsoft) site; it differs per client',
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			required: true,
			default: '',
			description: 'Issued per partner and per environment by a Cegid technical consultant',
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'Issued with the Client ID; it also signs the webhook calls Cegid sends',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'options',
			options: [
				{ name: 'Matching Indexation', value: 'MatchingIndexation', description: 'Exports, reports, referentials and webhooks' },
				{ name: 'Customer', value: 'Customer', description: 'The wider customer scope some clients grant' },
			],
			default: 'MatchingIndexation',
			description: 'The scope asked for with the token',
		},
		{
			displayName: 'Requests per Minute',
			name: 'requestsPerMinute',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: CEGID_DEFAULT_REQUESTS_PER_MINUTE,
			description: 'Cegid asks partners to keep calls to a minimum and publishes no figure. All nodes using this credential share the limit.',
		},
		processesSharingProperty,
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	/** One token per session, as Cegid asks: n8n keeps it and calls this again only once it is refused. */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		return { accessToken: await requestToken(this, credentials) };
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { Authorization: '=bearer {{$credentials.accessToken}}' },
		},
	};

	test: ICredentialTestRequest = {
		request: {
			// The credential is only ever sent to the Base URL: a redirect fails the test instead of being followed.
			disableFollowRedirect: true,
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: cegidEndpoints.referentialList.path.replace('{category}', 'countries'),
		},
	};
}
