import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import { inputError } from '../../../shared/errors';
import { limitProperty, readPaging, returnAllProperty } from '../../../shared/properties/paging';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { CegidEndpoint } from '../../cegid.api';
import { type AttachmentChoice, attachmentTypeParameter } from '../../transport/attachmentType';
import { candidateToItem } from '../../transport/export/candidateItem';
import { forEachExportRecord } from '../../transport/export/exportPages';
import { compare, exactMatch, joinConditions } from '../../transport/export/filter';
import { decodeCandidate } from '../../transport/export/records';
import { FilterInput } from '../../transport/filterInput';

export const description: INodeProperties[] = showOnlyFor({ resource: ['candidate'], operation: ['getAll'] }, [
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
				displayName: 'Candidate IDs',
				name: 'ids',
				type: 'string',
				default: '',
				placeholder: '_TS-00001, _TS-00002',
				description: 'Only these candidates, separated by commas',
			},
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
				description: 'Only the candidate with this email address',
			},
			{
				displayName: 'Raw Filter',
				name: 'rawFilter',
				type: 'string',
				default: '',
				placeholder: 'chronoNumber:gt:108921',
				description: 'A condition in Cegid’s filter syntax (field::a,b or field:gt:value), added to the others',
			},
			{
				displayName: 'Updated After',
				name: 'updatedAfter',
				type: 'dateTime',
				default: '',
				description: 'Only candidates modified after this date',
			},
		],
	},
	{
		displayName: 'Attachments',
		name: 'attachments',
		type: 'options',
		options: [
			{ name: 'All Attachments', value: 'all', description: 'Every attachment as binary data' },
			{ name: 'None', value: 'none', description: 'Only the candidate’s data; attachments are listed but not downloaded' },
			{ name: 'Resumes', value: 'resume', description: 'Each resume as binary data' },
		],
		default: 'none',
		description: 'Which files to download with each candidate',
	},
	{
		displayName: 'Binary Property Prefix',
		name: 'binaryPrefix',
		type: 'string',
		default: 'attachment',
		displayOptions: { hide: { attachments: ['none'] } },
		description:
			'Files are put in binary properties named after this prefix, e.g. attachment_0, attachment_1, … in the order the candidate lists them',
	},
]);

/** Exports candidates (applicants), optionally with their resumes and attachments as binary data. */
export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<CegidEndpoint>): Promise<INodeExecutionData[]> {
	const paging = readPaging(this, itemIndex, client.provider.maxPageSize);
	const input = new FilterInput(this, itemIndex, this.getNodeParameter('filters', itemIndex, {}) as IDataObject);
	const ids = input.list('ids', 'Candidate IDs', '_TS-00001, _TS-00002');
	const email = input.list('email', 'Email', 'name@email.com');
	if (email && (email.length > 1 || !/^[^\s@]+@[^\s@]+$/.test(email[0]))) {
		throw inputError(this.getNode(), itemIndex, 'Email', `"${email.join(', ')}" is not one email address`, 'Enter a single address such as name@email.com.');
	}
	const updatedAfter = input.date('updatedAfter', 'Updated After');
	const filter = joinConditions([
		ids && exactMatch('id', ids),
		email && exactMatch('email', email),
		updatedAfter && compare('updateDate', 'gt', updatedAfter),
		input.text('rawFilter'),
	]);
	const attachments = this.getNodeParameter('attachments', itemIndex, 'none') as AttachmentChoice;
	const binaryPrefix = (this.getNodeParameter('binaryPrefix', itemIndex, 'attachment') as string).trim() || 'attachment';

	const candidates: INodeExecutionData[] = [];
	const query = { filter, attachmenttype: attachmentTypeParameter(attachments) };
	await forEachExportRecord(client, 'candidateExport', query, paging, itemIndex, async (frame, position) => {
		const record = decodeCandidate(frame, position, attachments !== 'none');
		candidates.push(await candidateToItem(this.helpers, record, binaryPrefix));
	});
	return candidates;
}
