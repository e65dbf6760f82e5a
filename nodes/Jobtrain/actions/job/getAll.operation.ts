import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import { limitProperty, readPaging, returnAllProperty } from '../../../shared/properties/paging';
import { readUtcDate } from '../../../shared/timeZone';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { jobtrainJobSortFields, jobtrainQuery, jobtrainSortDirections, type JobtrainEndpoint } from '../../jobtrain.api';
import { collectList } from '../../transport/listPage';
import { settingLists } from '../../transport/settingLists';
import { simplifyJob } from './simplifyJob';

export const description: INodeProperties[] = showOnlyFor({ resource: ['job'], operation: ['getAll'] }, [
	returnAllProperty,
	limitProperty,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Department Name or ID',
				name: 'department',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getDepartments' },
				default: '',
				description:
					'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
			{
				displayName: 'Division Name or ID',
				name: 'division',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getDivisions' },
				default: '',
				description:
					'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
			{
				displayName: 'Employment Type Name or ID',
				name: 'employmentType',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getEmploymentTypes' },
				default: '',
				description:
					'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
			{
				displayName: 'Job Category Name or ID',
				name: 'jobCategory',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getJobCategories' },
				default: '',
				description:
					'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
			{
				displayName: 'Job Level Name or ID',
				name: 'jobLevel',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getJobLevels' },
				default: '',
				description:
					'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
			{
				displayName: 'Location Name or ID',
				name: 'location',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getLocations' },
				default: '',
				description:
					'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
			{
				displayName: 'Region Name or ID',
				name: 'region',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getRegions' },
				default: '',
				description:
					'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
			{
				displayName: 'Salary Band Name or ID',
				name: 'salaryBand',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getSalaryBands' },
				default: '',
				description:
					'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
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
		],
	},
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
		description:
			`Order in which Jobtrain returns the jobs. Jobtrain's guide says the list takes sorting parameters but not their names: "${jobtrainQuery.jobSortBy}" and "${jobtrainQuery.jobSortDirection}" are assumed.`,
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
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return a simplified version of the response instead of the raw data. Keeps the job’s identifiers, title, status, dates and classification, without the long advert text.',
	},
]);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	client: ApiClient<JobtrainEndpoint>,
): Promise<OperationOutput> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const query: IDataObject = {};
	if (filters.status) query[jobtrainQuery.jobStatus] = filters.status;
	// A time without an offset is in the workflow's time zone (not the n8n server's), sent as an instant in UTC.
	const updatedFrom = readUtcDate(this.getNode(), itemIndex, filters.updatedFrom, 'Updated From', {
		timeZone: this.getTimezone(),
		dateOnly: 'startOfDay',
	});
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
}
