import type { ResourceDefinition } from '../../../shared/operation';
import type { CegidEndpoint } from '../../cegid.api';
import { createWebhook } from './create';
import { deleteWebhook } from './delete';
import { getManyWebhooks } from './getMany';

export const webhookResource: ResourceDefinition<CegidEndpoint> = {
	value: 'webhook',
	name: 'Webhook',
	description: 'Event subscriptions managed by hand',
	operations: [createWebhook, deleteWebhook, getManyWebhooks],
};
