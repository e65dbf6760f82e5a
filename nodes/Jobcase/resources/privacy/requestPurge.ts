import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { privacyEmailProperty, readPrivacyEmail } from './emailProperty';

export const requestPurge: OperationDefinition<JobcaseEndpoint> = {
	value: 'requestPurge',
	name: 'Request Purge',
	action: 'Request a purge of a person’s data',
	description: 'CCPA deletion request: ask Jobcase to purge a person’s information',
	properties: [privacyEmailProperty],
	async execute(itemIndex, client) {
		const email = readPrivacyEmail(this, itemIndex);
		return await client.request<IDataObject>('ccpaPurge', { body: { email }, itemIndex });
	},
};
