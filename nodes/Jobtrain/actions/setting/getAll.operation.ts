import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import { inputError } from '../../../shared/errors';
import type { OperationOutput } from '../../../shared/operation';
import { limitProperty, readPaging, returnAllProperty } from '../../../shared/properties/paging';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { JobtrainEndpoint } from '../../jobtrain.api';
import { collectList } from '../../transport/listPage';
import { settingList, settingLists } from '../../transport/settingLists';

export const description: INodeProperties[] = showOnlyFor({ resource: ['setting'], operation: ['getAll'] }, [
	{
		displayName: 'Setting',
		name: 'setting',
		type: 'options',
		options: [
			{ name: 'Departments', value: 'department' },
			{ name: 'Divisions', value: 'division' },
			{ name: 'Employment Types', value: 'employmentType' },
			{ name: 'Job Categories', value: 'jobCategory' },
			{ name: 'Job Levels', value: 'jobLevel' },
			{ name: 'Locations', value: 'location' },
			{ name: 'Regions', value: 'region' },
			{ name: 'Salary Bands', value: 'salaryBand' },
		],
		default: 'division',
		description: 'Which of Jobtrain’s settings lists to read',
	},
	returnAllProperty,
	limitProperty,
]);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	client: ApiClient<JobtrainEndpoint>,
): Promise<OperationOutput> {
	const value = this.getNodeParameter('setting', itemIndex) as string;
	const setting = settingList(value);
	if (!setting) {
		throw inputError(
			this.getNode(),
			itemIndex,
			'Setting',
			`"${value}" is not a Jobtrain setting`,
			`Choose one of: ${settingLists.map((entry) => entry.plural).join(', ')}.`,
		);
	}
	return await collectList(client, setting.list, readPaging(this, itemIndex, client.provider.maxPageSize), { itemIndex });
}
