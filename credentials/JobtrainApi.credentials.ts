import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IAuthenticateGeneric,
	IHttpRequestHelper,
	INodeProperties,
} from 'n8n-workflow';

import { requestJobtrainToken } from '../nodes/Jobtrain/transport/requestToken';
import { JOBTRAIN_TOKEN_PATH } from '../nodes/Jobtrain/jobtrain.api';
import { processesSharingProperty } from '../nodes/shared/transport/processShare';

/** What the credential test says when Jobtrain refuses the token request (n8n shows it instead of the bare status). */
const TEST_MESSAGES = {
	400: 'Jobtrain could not read the token request (400 Invalid Format): fill in the Client ID, Client Secret, Username and API Password.',
	401: 'Jobtrain refused the token request (401 Access Denied): the Client ID, Client Secret, Username or API Password is wrong, or the user lacks the privileges. The API password is generated in System Users, not the login password, and generating a new one invalidates the old.',
	403: 'Jobtrain refused the token request (403 Authentication Failure): check the credentials, and that the Jobtrain user’s Security Role has the permissions the API needs.',
} as const;

export class JobtrainApi implements ICredentialType {
	name = 'jobtrainApi';

	displayName = 'Jobtrain API';

	icon = { light: 'file:../icons/jobtrain.svg', dark: 'file:../icons/jobtrain.dark.svg' } as const;

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-jobtrain#credentials';

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
		processesSharingProperty,
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

	/**
	 * n8n's "Test" button sends Jobtrain's one published call, `POST /connect/token` with the credential's fields as
	 * the JSON body, so a test never fails because of a guessed path. (n8n first fetches a token through
	 * preAuthentication; a refusal there is explained by that error, without any secret.)
	 */
	test: ICredentialTestRequest = {
		request: {
			// The credential is only ever sent to the Base URL: a redirect fails the test instead of being followed.
			disableFollowRedirect: true,
			method: 'POST',
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: JOBTRAIN_TOKEN_PATH,
			headers: { Accept: 'application/json' },
			body: {
				clientID: '={{$credentials.clientId}}',
				clientSecret: '={{$credentials.clientSecret}}',
				username: '={{$credentials.username}}',
				password: '={{$credentials.apiPassword}}',
			},
			json: true,
		},
		rules: [
			{ type: 'responseCode', properties: { value: 400, message: TEST_MESSAGES[400] } },
			{ type: 'responseCode', properties: { value: 401, message: TEST_MESSAGES[401] } },
			{ type: 'responseCode', properties: { value: 403, message: TEST_MESSAGES[403] } },
		],
	};
}
