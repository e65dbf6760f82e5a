import type { IDataObject, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import type { OperationDefinition } from '../../../shared/operation';
import { readPaging, returnAllProperties } from '../../../shared/properties/paging';
import type { CegidEndpoint } from '../../cegid.api';
import { candidateToItem } from '../../export/candidateItem';
import { forEachExportRecord } from '../../export/exportPages';
import { compare, exactMatch, joinConditions } from '../../export/filter';
import { decodeCandidate } from '../../export/records';
import { FilterInput } from '../filterInput';
import { type AttachmentChoice, attachmentProperties, attachmentTypeParameter } from './attachmentOptions';
import { filtersCollection } from '../../../shared/properties/collections';

const properties: INodeProperties[] = [
	...returnAllProperties(),
	filtersCollection([
			{
				displayName: 'Candidate IDs',
				name: 'ids',
				type: 'string',
				default: '',
				placeholder: '_TS-00001, _TS-00002',
				description: 'Only these candidates, separated by commas',
			},
			{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', description: 'Only the candidate with this email address' },
			{
				displayName: 'Raw Filter',
				name: 'rawFilter',
				type: 'string',
				default: '',
				placeholder: 'chronoNumber:gt:108921',
				description: 'A condition in Cegid’s filter syntax (field::a,b or field:gt:value), added to the others',
			},
			{ displayName: 'Updated After', name: 'updatedAfter', type: 'dateTime', default: '', description: 'Only candidates modified after this date' },
		]),
	...attachmentProperties,
];

export const getManyCandidates: OperationDefinition<CegidEndpoint> = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many candidates',
	description: 'Export candidates (applicants), optionally with their resumes and attachments as files',
	properties,
	async execute(itemIndex, client) {
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
	},
};
