import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import { inputError } from '../../../shared/errors';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { simplifyMatch } from './simplifyMatch';

export const description: INodeProperties[] = showOnlyFor({ resource: ['resumeMatch'], operation: ['get'] }, [
	{
		displayName: 'Match Key',
		name: 'key',
		type: 'string',
		required: true,
		default: '',
		description: 'The key returned by Submit Match',
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return a simplified version of the response instead of the raw data. Keeps key, score, match bucket, job title, matched skills and whether experience was met.',
	},
]);

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const key = String(this.getNodeParameter('key', itemIndex, '')).trim();
	if (!key) throw inputError(this.getNode(), itemIndex, 'Match Key', 'is required', 'Use the key returned by Submit Match.');
	const match = await client.request<IDataObject>('matchGet', { pathParams: { key }, itemIndex });
	return this.getNodeParameter('simplify', itemIndex, true) ? simplifyMatch(match) : match;
}
