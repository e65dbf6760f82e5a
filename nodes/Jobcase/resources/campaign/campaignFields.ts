import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { companyDropdown } from '../../fields/dropdowns';
import { splitList } from '../../fields/jobFields';
import { aggressivenessOptions } from '../../options';
import { readUtcDate } from '../../../shared/timeZone';

export const campaignIdProperty: INodeProperties = {
	displayName: 'Campaign ID',
	name: 'campaignId',
	type: 'number',
	required: true,
	default: 0,
	description: 'The Jobcase campaign identifier',
};

export const campaignCompanyProperty = companyDropdown;

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
	options: aggressivenessOptions,
	default: 20,
	description: 'How aggressively Jobcase spends the budget (10 to 60)',
};

/** Options shared by Create and Update; `jobsDescription` says whether jobs are added or replaced. */
export function campaignOptionFields(jobsDescription: string): INodeProperties[] {
	return [
		aggressivenessProperty,
		{ displayName: 'End Date', name: 'endDate', type: 'dateTime', default: '', description: 'When the campaign ends; overrides aggressiveness. A time without an offset (or a date alone, read as its midnight) is in the workflow’s time zone; it is sent in UTC.' },
		{ displayName: 'Is Paused', name: 'isPaused', type: 'boolean', default: false, description: 'Whether the campaign is paused' },
		{ displayName: 'Job IDs', name: 'jobs', type: 'string', default: '', placeholder: '10, 11, 12', description: jobsDescription },
	];
}

export function readCampaignOptions(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const options = context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {};
	for (const [key, value] of Object.entries(options)) {
		if (value === '' || value === undefined || value === null) continue;
		if (key === 'endDate') {
			// The reference types it as a date-time in "ISO 8601 UTC format".
			const date = readUtcDate(context.getNode(), itemIndex, value, 'End Date', { timeZone: context.getTimezone(), dateOnly: 'startOfDay' });
			if (date !== undefined) body.endDate = date;
		} else body[key] = key === 'jobs' ? splitList(String(value)).map(Number) : value;
	}
	return body;
}

