import { NodeOperationError } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { readPaging, returnAllProperties } from '../../../shared/properties/paging';
import type { CegidEndpoint } from '../../cegid.api';
import { listSubscriptions } from '../../webhooks/subscriptions';

export const getManyWebhooks: OperationDefinition<CegidEndpoint> = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many webhook subscriptions',
	description: 'List the subscriptions of this credential’s client, including those its triggers created',
	properties: [...returnAllProperties()],
	async execute(itemIndex, client) {
		const paging = readPaging(this, itemIndex, client.provider.maxPageSize);
		const subscriptions = await listSubscriptions(client, this.getNode(), itemIndex);
		if (subscriptions === undefined) {
			throw new NodeOperationError(this.getNode(), 'This Cegid site does not list webhook subscriptions', {
				itemIndex,
				description: 'Listing is not part of Cegid’s published API. Keep the hook IDs returned by Create to delete subscriptions later.',
			});
		}
		const kept = paging.returnAll ? subscriptions : subscriptions.slice(0, paging.limit);
		return kept.map((subscription) => ({ ...subscription }));
	},
};
