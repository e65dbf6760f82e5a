import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { readIsoDate } from '../../../shared/isoDate';
import { readPaging, returnAllProperties, simplifyProperty } from '../../../shared/properties/paging';
import { EXPRESSION_HINT } from '../../fields/ids';
import { jobtrainQuery, type JobtrainEndpoint } from '../../jobtrain.api';
import { collectList } from '../../listPage';
import { settingLists } from '../../settingLists';
import { SIMPLIFIED_JOB_NOTE, simplifyJob } from './simplifyJob';
import { filtersCollection } from '../../../shared/properties/collections';

const properties: INodeProperties[] = [
	...returnAllProperties(),
	filtersCollection(([
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Open', value: 'Open' },
					{ name: 'Closed', value: 'Closed' },
				],
				default: 'Open',
				description: 'Only jobs with this status',
			},
			{
				displayName: 'Updated From',
				name: 'updatedFrom',
				type: 'dateTime',
				default: '',
				description: 'Only jobs created or changed at or after this time',
			},
			...settingLists.map(
				(setting): INodeProperties => ({
					displayName: `${setting.name} Name or ID`,
					name: setting.value,
					type: 'options',
					typeOptions: { loadOptionsMethod: setting.loadOptionsMethod },
					default: '',
					description: EXPRESSION_HINT,
				}),
			),
		] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName))),
	simplifyProperty(SIMPLIFIED_JOB_NOTE),
];

export const getManyJobs: OperationDefinition<JobtrainEndpoint> = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many jobs',
	description: 'Retrieve a list of jobs visible to the credential’s user, optionally filtered',
	properties,
	async execute(itemIndex, client) {
		const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const query: IDataObject = {};
		if (filters.status) query[jobtrainQuery.jobStatus] = filters.status;
		const updatedFrom = readIsoDate(this.getNode(), itemIndex, filters.updatedFrom, 'Updated From');
		if (updatedFrom !== undefined) query[jobtrainQuery.jobUpdatedFrom] = new Date(Date.parse(updatedFrom)).toISOString();
		for (const setting of settingLists) {
			if (filters[setting.value] !== undefined && filters[setting.value] !== '') query[setting.jobFilter] = filters[setting.value];
		}
		const jobs = await collectList(client, 'jobList', readPaging(this, itemIndex, client.provider.maxPageSize), {
			filters: query,
			itemIndex,
		});
		return this.getNodeParameter('simplify', itemIndex, true) ? jobs.map(simplifyJob) : jobs;
	},
};
