import type { ICredentialType, INodeProperties } from 'n8n-workflow';

/** The secret NHSJob signs webhook deliveries with; checked by the NHSJob Trigger node. */
export class NHSJobWebhookApi implements ICredentialType {
	name = 'nhsJobWebhookApi';

	displayName = 'NHSJob Webhook API';

	icon = { light: 'file:../icons/nhsjob.svg', dark: 'file:../icons/nhsjob.dark.svg' } as const;

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-nhsjob#nhsjob-webhook-api';

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
			hint: 'Assumed: NHSJob does not publish how it signs with this secret. The NHSJob Trigger expects an HMAC-SHA256 of the raw body, hex, in the X-NHSJob-Signature header; if deliveries are refused, its log (or a test event in the editor) names the reason, and the trigger’s Signature Options change header and algorithm.',
		},
	];
}
