import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IAuthenticateGeneric,
	IHttpRequestHelper,
	INodeProperties,
} from 'n8n-workflow';

import { requestJobtrainToken } from '../nodes/Jobtrain/auth/requestToken';
import { jobtrainEndpoints, jobtrainQuery } from '../nodes/Jobtrain/jobtrain.api';

export class JobtrainApi implements ICredentialType {
	name = 'jobtrainApi';

	displayName = 'Jobtrain API';

	icon = { light: 'file:../icons/jobtrain.svg', dark: 'file:../icons/jobtrain.dark.svg' } as const;

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-recruiting#jobtrain';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'https://your-api.jobtrain.co.uk',
			description: 'The base URL Jobtrain gave you when the API was enabled for your system (the "baseURL" of their API documentation)',
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			required: true,
			default: '',
			description: 'Provided by Jobtrain once the API Partnership Agreement is signed',
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'Provided by Jobtrain together with the Client ID',
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			required: true,
			default: '',
			description:
				'The Jobtrain user the API acts as. That user’s Security Role limits what the API returns (e.g. a user with access to one division sees only that division).',
		},
		{
			displayName: 'API Password',
			name: 'apiPassword',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'Not the password you log in with: generate an API password for this user in Jobtrain under System Users (it needs the "Generate API Password" permission). Generating a new one invalidates the old one.',
		},
		{
			displayName: 'Requests per Minute',
			name: 'requestsPerMinute',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 120,
			description:
				'Jobtrain publishes no number but answers 429 when called too often. All nodes using this credential share this budget.',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	/** Jobtrain's token lasts 30 minutes; n8n fetches a new one when a call answers 401. */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		return { accessToken: await requestJobtrainToken(this, credentials) };
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { Authorization: '=Bearer {{$credentials.accessToken}}' },
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: jobtrainEndpoints.divisionList.path,
			qs: { [jobtrainQuery.pageNo]: 1, [jobtrainQuery.pageSize]: 1 },
		},
	};
}
