import type { INodeProperties } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { labelsOf, validateInput } from '../../../shared/validate';
import type { CegidEndpoint } from '../../cegid.api';
import { webhookEventOptions } from '../../options';
import { webhookSubscriptionSchema } from '../../schemas';
import { subscribe } from '../../webhooks/subscriptions';

const properties: INodeProperties[] = [
	{ displayName: 'Event', name: 'event', type: 'options', options: webhookEventOptions, default: 'vacancy_new', description: 'The change to be told about' },
	{
		displayName: 'Callback URL',
		name: 'callbackUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://example.com/cegid/events',
		description: 'Where Cegid sends the events (every 15 minutes by default)',
	},
	{
		displayName: 'Ping URL',
		name: 'pingUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://example.com/cegid/ping',
		description: 'Where Cegid sends health checks',
	},
];

export const createWebhook: OperationDefinition<CegidEndpoint> = {
	value: 'create',
	name: 'Create',
	action: 'Create a webhook subscription',
	description: 'Subscribe a URL of your own to an event; the Cegid Recruiting Trigger does this for you',
	properties,
	async execute(itemIndex, client) {
		const input = {
			event: this.getNodeParameter('event', itemIndex),
			callbackUrl: this.getNodeParameter('callbackUrl', itemIndex),
			pingUrl: this.getNodeParameter('pingUrl', itemIndex),
		};
		const subscription = validateInput(this.getNode(), webhookSubscriptionSchema, input, itemIndex, labelsOf(properties));
		return { ...(await subscribe(client, this.getNode(), subscription, itemIndex)) };
	},
};
