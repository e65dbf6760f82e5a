import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import { limitProperty, readPaging, returnAllProperty } from '../../../shared/properties/paging';
import { readUtcDate } from '../../../shared/timeZone';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { collectJobcaseList } from '../../transport/listPage';
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
				displayName: 'Posted From',
				name: 'from',
				type: 'dateTime',
				default: '',
				description: 'Only jobs posted on or after this date; a time without an offset is in the workflow’s time zone',
			},
			{
				displayName: 'Posted To',
				name: 'to',
				type: 'dateTime',
				default: '',
				description: 'Only jobs posted on or before this date; a time without an offset is in the workflow’s time zone',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Active', value: 'active' },
					{ name: 'All', value: 'all' },
					{ name: 'Expired', value: 'expired' },
				],
				default: 'active',
				description: 'Jobcase returns active jobs unless told otherwise',
			},
		],
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return a simplified version of the response instead of the raw data. Keeps the job’s ID, Ad Number, title, status, company ID, city, state, zip code, start date and end date.',
	},
]);

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const paging = readPaging(this, itemIndex, client.provider.maxPageSize);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	for (const field of ['from', 'to'] as const) {
		// Sent in UTC as the reference asks; a bare date stays a date (the filter is typed as one).
		const date = readUtcDate(this.getNode(), itemIndex, filters[field], field === 'from' ? 'Posted From' : 'Posted To', {
			timeZone: this.getTimezone(),
			dateOnly: 'keep',
		});
		if (date === undefined) delete filters[field];
		else filters[field] = date;
	}
	const jobs = await collectJobcaseList(client, 'jobList', paging, filters, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return simplify ? jobs.map(simplifyJob) : jobs;
}
