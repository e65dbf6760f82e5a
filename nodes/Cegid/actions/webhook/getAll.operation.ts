import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import { limitProperty, readPaging, returnAllProperty } from '../../../shared/properties/paging';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { CegidEndpoint } from '../../cegid.api';
import { listSubscriptions } from '../../transport/subscriptions';

export const description: INodeProperties[] = showOnlyFor({ resource: ['webhook'], operation: ['getAll'] }, [returnAllProperty, limitProperty]);

/** The subscriptions of this credential’s client, including those its triggers created. */
export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<CegidEndpoint>): Promise<IDataObject[]> {
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
}
