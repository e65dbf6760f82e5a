import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readUtcDate } from '../../../shared/timeZone';
import { readPositiveId } from '../../../shared/validate';
import { splitList } from '../job/jobFields';

/** The campaign an operation acts on: picked from Jobcase's campaign list, or its Jobcase ID. */
export const campaignLocator: INodeProperties = {
	displayName: 'Campaign ID',
	name: 'campaignId',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description: 'The Jobcase campaign',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a campaign...',
			typeOptions: { searchListMethod: 'searchCampaigns', searchable: true },
		},
		{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 7' },
	],
};

export const campaignNameProperty: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	description: 'The campaign name',
};

export const aggressivenessProperty: INodeProperties = {
	displayName: 'Aggressiveness',
	name: 'aggressiveness',
	type: 'options',
	options: [
		{ name: '10', value: 10 },
		{ name: '20', value: 20 },
		{ name: '30', value: 30 },
		{ name: '40', value: 40 },
		{ name: '50', value: 50 },
		{ name: '60', value: 60 },
	],
	default: 20,
	description: 'How aggressively Jobcase spends the budget (10 to 60)',
};

/** The Additional Fields of Create and Update, ready for validation (Job IDs as written: the schema reads them as numbers), End Date in UTC. */
export function readCampaignOptions(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const options = context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {};
	for (const [key, value] of Object.entries(options)) {
		if (value === '' || value === undefined || value === null) continue;
		if (key === 'endDate') {
			// The reference types it as a date-time in "ISO 8601 UTC format".
			const date = readUtcDate(context.getNode(), itemIndex, value, 'End Date', { timeZone: context.getTimezone(), dateOnly: 'startOfDay' });
			if (date !== undefined) body.endDate = date;
		} else body[key] = key === 'jobs' ? (Array.isArray(value) ? value : splitList(String(value))) : value;
	}
	return body;
}

/** The Campaign ID of an operation: from the list, by ID, or a plain ID saved by an earlier version of the node. */
export function readCampaignId(context: IExecuteFunctions, itemIndex: number): number {
	const id = context.getNodeParameter('campaignId', itemIndex, '', { extractValue: true });
	return readPositiveId({ getNode: () => context.getNode(), getNodeParameter: () => id }, itemIndex, 'campaignId', 'Campaign ID');
}
