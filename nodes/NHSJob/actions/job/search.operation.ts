import { z } from 'zod';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import { limitProperty, readPaging, returnAllProperty } from '../../../shared/properties/paging';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { collectNumberedPages } from '../../../shared/transport/paginate';
import { labelsOf, validateInput } from '../../../shared/validate';
import { typeMessages } from '../../../shared/zodCompat';
import type { NhsJobEndpoint } from '../../nhsjob.api';
import { jobListGuard, jobPageReader } from '../../transport/jobPage';
import { simplifyJob } from './simplifyJob';

const filterText = (what: string) =>
	z
		.string(typeMessages({ invalidType: `must be text, e.g. ${what}` }))
		.trim()
		.max(200, 'is too long: use at most 200 characters')
		.optional()
		.transform((value) => (value === '' ? undefined : value));

/** Filters of the job search, under the query parameter names NHSJob uses. */
export const jobFiltersSchema = z.object({
	specialty: filterText('"Cardiology"'),
	location: filterText('"London"'),
	contract_type: filterText('"Permanent"'),
});

export const description: INodeProperties[] = showOnlyFor({ resource: ['job'], operation: ['search'] }, [
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
				displayName: 'Contract Type',
				name: 'contract_type',
				type: 'options',
				// Seen in NHSJob listings ("Permanent", "Temporary") plus the other usual NHS ones; NHSJob publishes no
				// list, so an expression can send any other value.
				options: [
					{ name: 'Bank', value: 'Bank' },
					{ name: 'Fixed Term', value: 'Fixed Term' },
					{ name: 'Locum', value: 'Locum' },
					{ name: 'Permanent', value: 'Permanent' },
					{ name: 'Temporary', value: 'Temporary' },
				],
				default: 'Permanent',
				description: 'Only jobs with this contract type',
			},
			{
				displayName: 'Location',
				name: 'location',
				type: 'string',
				default: '',
				placeholder: 'London',
				description: 'Only jobs in this town, city or region',
			},
			{
				displayName: 'Specialty',
				name: 'specialty',
				type: 'string',
				default: '',
				placeholder: 'Cardiology',
				description: 'Only jobs in this clinical specialty, e.g. Nursing, Cardiology, Emergency Medicine',
			},
		],
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return a simplified version of the response instead of the raw data. Keeps the job’s ID, title, specialty, location, contract_type, salary_range and posted_at.',
	},
]);

const labels = labelsOf(description);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	client: ApiClient<NhsJobEndpoint>,
): Promise<OperationOutput> {
	const paging = readPaging(this, itemIndex, client.provider.maxPageSize);
	const rawFilters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const filters = validateInput(this.getNode(), jobFiltersSchema, rawFilters, itemIndex, labels);
	const jobs = await collectNumberedPages<IDataObject>(jobPageReader(client, filters, itemIndex), paging, jobListGuard(client, itemIndex));
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return simplify ? jobs.map(simplifyJob) : jobs;
}
