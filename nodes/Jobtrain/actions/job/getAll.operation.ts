import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import { inputError } from '../../../shared/errors';
import type { OperationOutput } from '../../../shared/operation';
import { limitProperty, readPaging, returnAllProperty } from '../../../shared/properties/paging';
import { readUtcDate } from '../../../shared/timeZone';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { jobtrainJobSortFields, jobtrainQuery, jobtrainSortDirections, type JobtrainEndpoint } from '../../jobtrain.api';
import { jobtrainIdValue } from '../../transport/ids';
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
				displayName: 'Department',
				name: 'department',
				type: 'resourceLocator',
				default: { mode: 'list', value: '' },
				description: 'Only jobs of this department',
				modes: [
					{
						displayName: 'From List',
						name: 'list',
						type: 'list',
						typeOptions: { searchListMethod: 'searchDepartments', searchable: true },
					},
					{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 12' },
				],
			},
			{
				displayName: 'Division',
				name: 'division',
				type: 'resourceLocator',
				default: { mode: 'list', value: '' },
				description: 'Only jobs of this division',
				modes: [
					{
						displayName: 'From List',
						name: 'list',
						type: 'list',
						typeOptions: { searchListMethod: 'searchDivisions', searchable: true },
					},
					{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 12' },
				],
			},
			{
				displayName: 'Employment Type',
				name: 'employmentType',
				type: 'resourceLocator',
				default: { mode: 'list', value: '' },
				description: 'Only jobs of this employment type',
				modes: [
					{
						displayName: 'From List',
						name: 'list',
						type: 'list',
						typeOptions: { searchListMethod: 'searchEmploymentTypes', searchable: true },
					},
					{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 12' },
				],
			},
			{
				displayName: 'Job Category',
				name: 'jobCategory',
				type: 'resourceLocator',
				default: { mode: 'list', value: '' },
				description: 'Only jobs of this job category',
				modes: [
					{
						displayName: 'From List',
						name: 'list',
						type: 'list',
						typeOptions: { searchListMethod: 'searchJobCategories', searchable: true },
					},
					{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 12' },
				],
			},
			{
				displayName: 'Job Level',
				name: 'jobLevel',
				type: 'resourceLocator',
				default: { mode: 'list', value: '' },
				description: 'Only jobs of this job level',
				modes: [
					{
						displayName: 'From List',
						name: 'list',
						type: 'list',
						typeOptions: { searchListMethod: 'searchJobLevels', searchable: true },
					},
					{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 12' },
				],
			},
			{
				displayName: 'Location',
				name: 'location',
				type: 'resourceLocator',
				default: { mode: 'list', value: '' },
				description: 'Only jobs of this location',
				modes: [
					{
						displayName: 'From List',
						name: 'list',
						type: 'list',
						typeOptions: { searchListMethod: 'searchLocations', searchable: true },
					},
					{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 12' },
				],
			},
			{
				displayName: 'Region',
				name: 'region',
				type: 'resourceLocator',
				default: { mode: 'list', value: '' },
				description: 'Only jobs of this region',
				modes: [
					{
						displayName: 'From List',
						name: 'list',
						type: 'list',
						typeOptions: { searchListMethod: 'searchRegions', searchable: true },
					},
					{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 12' },
				],
			},
			{
				displayName: 'Salary Band',
				name: 'salaryBand',
				type: 'resourceLocator',
				default: { mode: 'list', value: '' },
				description: 'Only jobs of this salary band',
				modes: [
					{
						displayName: 'From List',
						name: 'list',
						type: 'list',
						typeOptions: { searchListMethod: 'searchSalaryBands', searchable: true },
					},
					{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 12' },
				],
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
		if (filters[setting.value] === undefined) continue;
		// A resource locator, or the plain ID an earlier version's dropdown saved.
		const raw = this.getNodeParameter(`filters.${setting.value}`, itemIndex, '', { extractValue: true }) as unknown;
		const read = jobtrainIdValue(raw);
		if ('problem' in read) {
			throw inputError(this.getNode(), itemIndex, setting.name, read.problem, `Choose the ${setting.name.toLowerCase()} from the list, or enter the ID Jobtrain assigned, e.g. 12.`);
		}
		if ('id' in read) query[setting.jobFilter] = read.id;
	}
	const jobs = await collectList(client, 'jobList', readPaging(this, itemIndex, client.provider.maxPageSize), {
		filters: query,
		itemIndex,
	});
	return this.getNodeParameter('simplify', itemIndex, true) ? jobs.map(simplifyJob) : jobs;
}
