import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { readUtcDate } from '../../../shared/timeZone';
import { readPaging, returnAllProperties, simplifyProperty } from '../../../shared/properties/paging';
import { EXPRESSION_HINT } from '../../fields/ids';
import { jobtrainJobSortFields, jobtrainQuery, jobtrainSortDirections, type JobtrainEndpoint } from '../../jobtrain.api';
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
	{
		displayName: 'Sort By',
		name: 'sortBy',
		type: 'options',
		options: [
			{ name: 'Closing Date', value: jobtrainJobSortFields.closingDate },
			{ name: 'Created Date', value: jobtrainJobSortFields.createdDate },
			{ name: 'Job ID', value: jobtrainJobSortFields.jobId },
			{ name: 'Job Title', value: jobtrainJobSortFields.jobTitle },
			{ name: 'Jobtrain’s Default Order', value: '' },
			{ name: 'Updated Date', value: jobtrainJobSortFields.updatedDate },
		],
		default: '',
		description: `Order in which Jobtrain returns the jobs. Jobtrain's guide says the list takes sorting parameters but not their names: "${jobtrainQuery.jobSortBy}" and "${jobtrainQuery.jobSortDirection}" are assumed.`,
	},
	{
		displayName: 'Sort Direction',
		name: 'sortDirection',
		type: 'options',
		options: [
			{ name: 'Ascending', value: jobtrainSortDirections.ascending },
			{ name: 'Descending', value: jobtrainSortDirections.descending },
		],
		default: 'Asc',
		displayOptions: { show: { sortBy: Object.values(jobtrainJobSortFields) } },
	},
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
		// A time without an offset is in the workflow's time zone (not the n8n server's), sent as an instant in UTC.
		const updatedFrom = readUtcDate(this.getNode(), itemIndex, filters.updatedFrom, 'Updated From', { timeZone: this.getTimezone(), dateOnly: 'startOfDay' });
		if (updatedFrom !== undefined) query[jobtrainQuery.jobUpdatedFrom] = updatedFrom;
		const sortBy = this.getNodeParameter('sortBy', itemIndex, '') as string;
		if (sortBy !== '') {
			query[jobtrainQuery.jobSortBy] = sortBy;
			query[jobtrainQuery.jobSortDirection] = this.getNodeParameter('sortDirection', itemIndex, jobtrainSortDirections.ascending) as string;
		}
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
