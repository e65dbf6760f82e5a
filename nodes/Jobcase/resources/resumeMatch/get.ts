import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import type { OperationDefinition } from '../../../shared/operation';
import { simplifyProperty } from '../../../shared/properties/paging';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { SIMPLIFIED_MATCH_FIELDS, simplifyMatch } from './simplifyMatch';

const properties: INodeProperties[] = [
	{ displayName: 'Match Key', name: 'key', type: 'string', required: true, default: '', description: 'The key returned by Submit Match' },
	simplifyProperty(SIMPLIFIED_MATCH_FIELDS),
];

export const getMatch: OperationDefinition<JobcaseEndpoint> = {
	value: 'get',
	name: 'Get Match',
	action: 'Get a resume match',
	description: 'Retrieve a match by its key, e.g. one submitted with Delay Result',
	properties,
	async execute(itemIndex, client) {
		const key = String(this.getNodeParameter('key', itemIndex, '')).trim();
		if (!key) throw inputError(this.getNode(), itemIndex, 'Match Key', 'is required', 'Use the key returned by Submit Match.');
		const match = await client.request<IDataObject>('matchGet', { pathParams: { key }, itemIndex });
		return this.getNodeParameter('simplify', itemIndex, true) ? simplifyMatch(match) : match;
	},
};
