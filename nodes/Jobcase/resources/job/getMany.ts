import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { readPaging, returnAllProperties, simplifyProperty } from '../../../shared/properties/paging';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { jobStatusFilterOptions } from '../../options';
import { collectJobcaseList } from '../listPage';
import { SIMPLIFIED_JOB_FIELDS, simplifyJob } from './simplifyJob';
import { filtersCollection } from '../../../shared/properties/collections';
import { readUtcDate } from '../../../shared/timeZone';

const properties: INodeProperties[] = [
	...returnAllProperties(),
	filtersCollection([
			{ displayName: 'Posted From', name: 'from', type: 'dateTime', default: '', description: 'Only jobs posted on or after this date; a time without an offset is in the workflow’s time zone' },
			{ displayName: 'Posted To', name: 'to', type: 'dateTime', default: '', description: 'Only jobs posted on or before this date; a time without an offset is in the workflow’s time zone' },
			{ displayName: 'Status', name: 'status', type: 'options', options: jobStatusFilterOptions, default: 'active', description: 'Jobcase returns active jobs unless told otherwise' },
		]),
	simplifyProperty(SIMPLIFIED_JOB_FIELDS),
];

export const getManyJobs: OperationDefinition<JobcaseEndpoint> = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many jobs',
	description: 'List jobs, optionally filtered by posting date and status',
	properties,
	async execute(itemIndex, client) {
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
	},
};
