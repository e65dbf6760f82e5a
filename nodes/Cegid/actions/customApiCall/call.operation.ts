import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { customApiCallProperties, executeCustomApiCall } from '../../../shared/customApiCall';
import { showOnlyFor } from '../../../shared/displayOptions';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { CegidEndpoint } from '../../cegid.api';

export const description: INodeProperties[] = showOnlyFor({ resource: ['customApiCall'], operation: ['call'] }, customApiCallProperties);

/** The user's method and path, below the credential's Base URL, with the credential applied. */
export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<CegidEndpoint>): Promise<IDataObject[]> {
	return await executeCustomApiCall.call(this, itemIndex, client);
}
