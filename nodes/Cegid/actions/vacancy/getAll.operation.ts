import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import { limitProperty, readPaging, returnAllProperty } from '../../../shared/properties/paging';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { CegidEndpoint } from '../../cegid.api';
import { forEachExportRecord } from '../../transport/export/exportPages';
import { compare, exactMatch, joinConditions } from '../../transport/export/filter';
import { decodeVacancy } from '../../transport/export/records';
import { FilterInput } from '../../transport/filterInput';
import { simplifyVacancy } from './simplifyVacancy';

export const description: INodeProperties[] = showOnlyFor({ resource: ['vacancy'], operation: ['getAll'] }, [
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
				displayName: 'Chrono Number After',
				name: 'chronoNumberAfter',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'Only vacancies whose chrono number is greater than this one, for incremental reads',
			},
			{
				displayName: 'Raw Filter',
				name: 'rawFilter',
				type: 'string',
				default: '',
				placeholder: 'clientVacancyStatus::_TS_CO_OfferStatus_Diffuse',
				description: 'A condition in Cegid’s filter syntax (field::a,b or field:gt:value), added to the others',
			},
			{
				displayName: 'References',
				name: 'references',
				type: 'string',
				default: '',
				placeholder: '2019-01, 2019-02',
				description: 'Only these vacancy references, separated by commas',
			},
			{
				displayName: 'Status',
				name: 'statuses',
				type: 'multiOptions',
				// Published, Archived and Suspended are used by production code; the others name the remaining documented
				// status IDs (_TS_CO_OfferStatus_*) and are assumed.
				options: [
					{ name: 'Archived', value: 'Archived' },
					{ name: 'Draft', value: 'Draft' },
					{ name: 'Finalized', value: 'Finalized' },
					{ name: 'Pending Publication', value: 'PendingPublication' },
					{ name: 'Published', value: 'Published' },
					{ name: 'Suspended', value: 'Suspended' },
					{ name: 'Validated', value: 'Validated' },
				],
				default: [],
				description: 'Only vacancies in one of these statuses',
			},
			{
				displayName: 'Updated After',
				name: 'updatedAfter',
				type: 'dateTime',
				default: '',
				description: 'Only vacancies modified after this date',
			},
			{
				displayName: 'Updated Before',
				name: 'updatedBefore',
				type: 'dateTime',
				default: '',
				description: 'Only vacancies modified before this date',
			},
		],
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return a simplified version of the response instead of the raw data. Keeps reference, title, status, dates, location, contract type and organisation.',
	},
]);

/** Exports vacancies with their full detail (or simplified), optionally filtered. */
export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<CegidEndpoint>): Promise<IDataObject[]> {
	const paging = readPaging(this, itemIndex, client.provider.maxPageSize);
	const input = new FilterInput(this, itemIndex, this.getNodeParameter('filters', itemIndex, {}) as IDataObject);
	const references = input.list('references', 'References', '2019-01, 2019-02');
	const statuses = input.list('statuses', 'Status', 'Published');
	const updatedAfter = input.date('updatedAfter', 'Updated After');
	const updatedBefore = input.date('updatedBefore', 'Updated Before');
	const chronoNumberAfter = input.wholeNumber('chronoNumberAfter', 'Chrono Number After');
	const filter = joinConditions([
		references && exactMatch('reference', references),
		statuses && exactMatch('vacancyStatus', statuses),
		updatedAfter && compare('updateDate', 'gt', updatedAfter),
		updatedBefore && compare('updateDate', 'lt', updatedBefore),
		chronoNumberAfter ? compare('chronoNumber', 'gt', chronoNumberAfter) : undefined,
		input.text('rawFilter'),
	]);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;

	const vacancies: IDataObject[] = [];
	await forEachExportRecord(client, 'vacancyExport', { filter }, paging, itemIndex, (frame, position) => {
		const detail = decodeVacancy(frame, position);
		vacancies.push(simplify ? simplifyVacancy(detail) : detail);
	});
	return vacancies;
}
