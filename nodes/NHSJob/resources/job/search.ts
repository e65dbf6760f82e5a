import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { readPaging, returnAllProperties, simplifyProperty } from '../../../shared/properties/paging';
import { collectNumberedPages } from '../../../shared/transport/paginate';
import { labelsOf, validateInput } from '../../../shared/validate';
import type { NhsJobEndpoint } from '../../nhsjob.api';
import { contractTypeOptions } from '../../options';
import { jobFiltersSchema } from '../../schemas';
import { jobListGuard, jobPageReader } from './jobPage';
import { SIMPLIFIED_JOB_FIELDS, simplifyJob } from './simplifyJob';
import { filtersCollection } from '../../../shared/properties/collections';

const properties: INodeProperties[] = [
	...returnAllProperties(),
	filtersCollection([
			{
				displayName: 'Contract Type',
				name: 'contract_type',
				type: 'options',
				options: contractTypeOptions,
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
		]),
	simplifyProperty(SIMPLIFIED_JOB_FIELDS),
];

export const searchJobs: OperationDefinition<NhsJobEndpoint> = {
	value: 'search',
	name: 'Search',
	action: 'Search jobs',
	description: 'List job listings, optionally filtered by specialty, location and contract type',
	properties,
	async execute(itemIndex, client) {
		const paging = readPaging(this, itemIndex, client.provider.maxPageSize);
		const rawFilters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const filters = validateInput(this.getNode(), jobFiltersSchema, rawFilters, itemIndex, labelsOf(properties));
		const jobs = await collectNumberedPages<IDataObject>(jobPageReader(client, filters, itemIndex), paging, jobListGuard(client, itemIndex));
		const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
		return simplify ? jobs.map(simplifyJob) : jobs;
	},
};
