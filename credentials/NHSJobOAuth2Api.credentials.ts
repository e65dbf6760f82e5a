import type { ICredentialType, INodeProperties } from 'n8n-workflow';

import { environmentProperties } from '../nodes/NHSJob/transport/environment';
import { NHSJOB_OAUTH_URLS, NHSJOB_SCOPES } from '../nodes/NHSJob/nhsjob.api';

export class NHSJobOAuth2Api implements ICredentialType {
	name = 'nhsJobOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'NHSJob OAuth2 API';

	icon = { light: 'file:../icons/nhsjob.svg', dark: 'file:../icons/nhsjob.dark.svg' } as const;

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-nhsjob#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'authorizationCode',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'string',
			required: true,
			default: NHSJOB_OAUTH_URLS.authorization.url,
			description: 'Where NHSJob asks the user to allow access. For the sandbox environment use https://sandbox-api.nhsjob.net/oauth/authorize.',
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'string',
			required: true,
			default: NHSJOB_OAUTH_URLS.token.url,
			description: 'Where n8n exchanges the code and renews tokens. For the sandbox environment use https://sandbox-api.nhsjob.net/oauth/token.',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'string',
			default: NHSJOB_SCOPES.join(' '),
			description:
				'Space-separated permissions to ask for: read:jobs (search jobs), write:applications (submit applications), read:candidates and write:candidates. Remove those you do not need, then reconnect.',
			hint: 'Assumed: NHSJob publishes these names as API key permissions, not as OAuth scopes. If NHSJob refuses the scope, use the scopes your NHSJob OAuth settings show.',
		},
		...environmentProperties,
	];
}
