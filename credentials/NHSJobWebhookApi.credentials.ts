import type { ICredentialType, INodeProperties } from 'n8n-workflow';

/** The secret NHSJob signs webhook deliveries with; checked by the NHSJob Trigger node. */
export class NHSJobWebhookApi implements ICredentialType {
	name = 'nhsJobWebhookApi';

	displayName = 'NHSJob Webhook API';

	icon = { light: 'file:../icons/nhsjob.svg', dark: 'file:../icons/nhsjob.dark.svg' } as const;

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-recruiting#nhsjob-trigger';

	properties: INodeProperties[] = [
		{
			displayName: 'Webhook Secret',
			name: 'webhookSecret',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'In the NHSJob Developer Dashboard open Webhooks, add (or edit) the webhook with the NHSJob Trigger’s production URL, generate a webhook secret and paste it here',
		},
	];
}
