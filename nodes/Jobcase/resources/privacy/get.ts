import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { privacyEmailProperty, readPrivacyEmail } from './emailProperty';

export const getPersonalData: OperationDefinition<JobcaseEndpoint> = {
	value: 'get',
	name: 'Get Personal Data',
	action: 'Get the personal data held for an email',
	description: 'CCPA access request: the data Jobcase holds for a person (Jobcase takes about 45 seconds to answer)',
	properties: [privacyEmailProperty],
	async execute(itemIndex, client) {
		const email = readPrivacyEmail(this, itemIndex);
		return await client.request<IDataObject>('ccpaGet', { qs: { email }, itemIndex });
	},
};
