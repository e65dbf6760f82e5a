import type { INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import type { OperationDefinition } from '../../../shared/operation';
import { readPaging, returnAllProperties } from '../../../shared/properties/paging';
import type { JobtrainEndpoint } from '../../jobtrain.api';
import { collectList } from '../../listPage';
import { settingList, settingLists } from '../../settingLists';

const properties: INodeProperties[] = [
	{
		displayName: 'Setting',
		name: 'setting',
		type: 'options',
		options: settingLists.map((setting) => ({ name: setting.plural, value: setting.value })),
		default: 'division',
		description: 'Which of Jobtrain’s settings lists to read',
	},
	...returnAllProperties(),
];

export const getManySettings: OperationDefinition<JobtrainEndpoint> = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many settings',
	description: 'List divisions, departments, locations, regions, job categories, salary bands, employment types or job levels',
	properties,
	async execute(itemIndex, client) {
		const value = this.getNodeParameter('setting', itemIndex) as string;
		const setting = settingList(value);
		if (!setting) {
			throw inputError(this.getNode(), itemIndex, 'Setting', `"${value}" is not a Jobtrain setting`, `Choose one of: ${settingLists.map((entry) => entry.plural).join(', ')}.`);
		}
		return await collectList(client, setting.list, readPaging(this, itemIndex, client.provider.maxPageSize), { itemIndex });
	},
};
