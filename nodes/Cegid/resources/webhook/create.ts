import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import type { OperationDefinition } from '../../../shared/operation';
import { labelsOf, validateInput } from '../../../shared/validate';
import type { CegidEndpoint } from '../../cegid.api';
import { webhookEventOptions } from '../../options';
import { webhookSubscriptionSchema } from '../../schemas';
import { subscribe } from '../../webhooks/subscriptions';
import { EVENT_NAME, EVENT_NAME_RULE, OTHER_EVENT } from './eventNames';

const properties: INodeProperties[] = [
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		options: [...webhookEventOptions, { name: 'Other (Enter Below)', value: OTHER_EVENT, description: 'An event from Cegid’s full list that is not offered here' }].sort((a, b) => a.name.localeCompare(b.name)),
		default: 'vacancy_new',
		description: 'The change to be told about',
	},
	{
		displayName: 'Event Name',
		name: 'customEvent',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'applicant_status',
		displayOptions: { show: { event: [OTHER_EVENT] } },
		description: `The event’s name as Cegid’s list of webhook events spells it: ${EVENT_NAME_RULE}`,
	},
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
			event: eventOf(this, itemIndex),
			callbackUrl: this.getNodeParameter('callbackUrl', itemIndex),
			pingUrl: this.getNodeParameter('pingUrl', itemIndex),
		};
		const subscription = validateInput(this.getNode(), webhookSubscriptionSchema, input, itemIndex, labelsOf(properties));
		return { ...(await subscribe(client, this.getNode(), subscription, itemIndex)) };
	},
};

function eventOf(context: IExecuteFunctions, itemIndex: number): string {
	const chosen = context.getNodeParameter('event', itemIndex) as string;
	if (chosen !== OTHER_EVENT) return chosen;
	const typed = String(context.getNodeParameter('customEvent', itemIndex, '')).trim();
	if (!EVENT_NAME.test(typed)) {
		throw inputError(context.getNode(), itemIndex, 'Event Name', `"${typed}" is not an event name`, `Use ${EVENT_NAME_RULE}.`);
	}
	return typed;
}
