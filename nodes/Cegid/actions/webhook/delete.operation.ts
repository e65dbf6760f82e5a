import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import { inputError } from '../../../shared/errors';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { CegidEndpoint } from '../../cegid.api';
import { readIdParameter } from '../../transport/idParameter';
import { unsubscribe } from '../../transport/subscriptions';

export const description: INodeProperties[] = showOnlyFor({ resource: ['webhook'], operation: ['delete'] }, [
	{
		displayName: 'Hook ID',
		name: 'hookId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The subscription to remove; its ID is the hookId Cegid returned when it was created',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchWebhooks', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 1a2b3c4d5e6f',
			},
		],
	},
]);

/** Unsubscribes by hook ID; a subscription Cegid no longer knows is reported as already gone. */
export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<CegidEndpoint>): Promise<IDataObject> {
	const fix = 'Choose the subscription from the list, or enter the hookId returned by Create.';
	const hookId = readIdParameter(this, itemIndex, 'hookId', 'Hook ID', fix);
	if (hookId === '') throw inputError(this.getNode(), itemIndex, 'Hook ID', 'is empty', fix);
	const outcome = await unsubscribe(client, this.getNode(), hookId, itemIndex);
	return { hookId, deleted: outcome === 'deleted', alreadyGone: outcome === 'alreadyGone' };
}
