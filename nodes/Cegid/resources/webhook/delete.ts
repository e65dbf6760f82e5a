import { inputError } from '../../../shared/errors';
import type { OperationDefinition } from '../../../shared/operation';
import type { CegidEndpoint } from '../../cegid.api';
import { unsubscribe } from '../../webhooks/subscriptions';

export const deleteWebhook: OperationDefinition<CegidEndpoint> = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a webhook subscription',
	description: 'Unsubscribe by hook ID; a subscription Cegid no longer knows is reported as already gone',
	properties: [
		{ displayName: 'Hook ID', name: 'hookId', type: 'string', required: true, default: '', description: 'The ID Cegid returned when the subscription was created' },
	],
	async execute(itemIndex, client) {
		const hookId = String(this.getNodeParameter('hookId', itemIndex) ?? '').trim();
		if (hookId === '') throw inputError(this.getNode(), itemIndex, 'Hook ID', 'is empty', 'Enter the hookId returned by Create.');
		const outcome = await unsubscribe(client, this.getNode(), hookId, itemIndex);
		return { hookId, deleted: outcome === 'deleted', alreadyGone: outcome === 'alreadyGone' };
	},
};
