import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { campaignDropdown, companyDropdown, productsDropdown } from './dropdowns';
import { applyActionTypeOptions, experienceOptions, jobCategoryOptions, worktimeOptions } from '../options';
import { additionalFields } from '../../shared/properties/collections';
import { readUtcDate } from '../../shared/timeZone';

export const jobIdProperty: INodeProperties = {
	displayName: 'Job ID',
	name: 'jobId',
	type: 'number',
	required: true,
	default: 0,
	description: 'The Jobcase job identifier',
};

/** Optional job fields Jobcase documents for both a create and an update. */
const commonOptionalFields: INodeProperties[] = [
	{ displayName: 'Apply Action Type', name: 'applyActionType', type: 'options', options: applyActionTypeOptions, default: 'Nothing', description: 'What happens when someone applies' },
	{ displayName: 'Apply Emails', name: 'applyEmails', type: 'string', default: '', placeholder: 'jobs@example.com, hr@example.com', description: 'Comma-separated emails that receive applications (for Apply Action Type "Email Address")' },
	{ displayName: 'Apply URL', name: 'applyUrl', type: 'string', default: '', placeholder: 'https://example.com/apply', description: 'Where applicants are sent (for Apply Action Type "URL Redirect")' },
	{ displayName: 'End Date', name: 'endDate', type: 'dateTime', default: '', description: 'When the posting expires; Jobcase defaults to 30 days from now. A time without an offset is in the workflow’s time zone; it is sent in UTC.' },
	{ displayName: 'Experience', name: 'experienceId', type: 'options', options: experienceOptions, default: 5, description: 'Years of experience required' },
	{ displayName: 'Is Confidential', name: 'isConfidential', type: 'boolean', default: false, description: 'Whether this is a confidential (blind) ad' },
	{ displayName: 'Job Attributes', name: 'jobAttributes', type: 'json', default: '{}', description: 'Custom key/value attributes as a JSON object; only attributes that already exist are editable' },
	{ displayName: 'Job Category', name: 'jobCategoryId', type: 'options', options: jobCategoryOptions, default: 0, description: 'The category of the job' },
	{ displayName: 'Resume Required', name: 'resumeRequired', type: 'boolean', default: false, description: 'Whether a resume is required to apply (for Apply Action Type "Email Address")' },
	{ displayName: 'Start Date', name: 'startDate', type: 'dateTime', default: '', description: 'When the job starts; Jobcase defaults to immediately. A time without an offset is in the workflow’s time zone; it is sent in UTC.' },
	{ displayName: 'Street', name: 'jobStreet', type: 'string', default: '', description: 'Street address of the job' },
	{ displayName: 'Work Time', name: 'worktimeId', type: 'options', options: worktimeOptions, default: 1, description: 'Type of position' },
];

const requiredJobFields: INodeProperties[] = [
	companyDropdown,
	{ displayName: 'Ad Number', name: 'adNumber', type: 'string', required: true, default: '', description: 'Your own system’s unique identifier for this job' },
	{ displayName: 'Job Title', name: 'jobTitle', type: 'string', required: true, default: '', description: 'The title or headline of the job' },
	{
		displayName: 'Job Description',
		name: 'jobDescription',
		type: 'string',
		typeOptions: { rows: 5 },
		required: true,
		default: '',
		description: 'The job description; 150 characters or more distribute best',
	},
	{ displayName: 'City', name: 'jobCity', type: 'string', required: true, default: '', description: 'City where the job is' },
	{ displayName: 'State', name: 'jobState', type: 'string', required: true, default: '', placeholder: 'CA', description: 'Two-letter state abbreviation' },
	{ displayName: 'Zip Code', name: 'jobZipCode', type: 'string', required: true, default: '', placeholder: '94111', description: 'Zip or postal code, 5 to 7 characters' },
];

/** The job body of Create (and Create or Update): the update fields plus products and a campaign. */
export const jobBodyProperties: INodeProperties[] = [
	...requiredJobFields,
	additionalFields([...commonOptionalFields, campaignDropdown, productsDropdown].sort((a, b) => a.displayName.localeCompare(b.displayName))),
];

/**
 * The job body of Update, as Jobcase documents it: every create field but products and campaign, which only the
 * products call changes (Add Products, Remove Products).
 */
export const jobUpdateBodyProperties: INodeProperties[] = [...requiredJobFields, additionalFields(commonOptionalFields)];

export function readJobBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const text = (name: string) => context.getNodeParameter(name, itemIndex, '') as string;
	const extra = context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const node = context.getNode();
	const body: IDataObject = {
		companyId: context.getNodeParameter('companyId', itemIndex),
		adNumber: text('adNumber'),
		jobTitle: text('jobTitle'),
		jobDescription: text('jobDescription'),
		jobCity: text('jobCity'),
		jobState: text('jobState'),
		jobZipCode: text('jobZipCode'),
	};
	for (const [key, value] of Object.entries(extra)) {
		if (value === '' || value === undefined || value === null) continue;
		if (key === 'applyEmails') body.applyEmails = splitList(String(value));
		else if (key === 'jobAttributes') body.jobAttributes = parseJsonObject(context, itemIndex, 'Job Attributes', value);
		else if (key === 'products') body.products = value;
		else if (key === 'startDate' || key === 'endDate') {
			// The reference types both as a date in "ISO 8601 UTC format": a bare date goes as it is.
			const label = key === 'startDate' ? 'Start Date' : 'End Date';
			const date = readUtcDate(node, itemIndex, value, label, { timeZone: context.getTimezone(), dateOnly: 'keep' });
			if (date !== undefined) body[key] = date;
		} else body[key] = value;
	}
	return body;
}

export function splitList(value: string): string[] {
	return value
		.split(/[,;\n]/)
		.map((entry) => entry.trim())
		.filter(Boolean);
}

export function parseJsonObject(context: IExecuteFunctions, itemIndex: number, label: string, value: unknown): IDataObject {
	if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as IDataObject;
	try {
		const parsed: unknown = JSON.parse(String(value));
		if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as IDataObject;
	} catch {
		// Reported below with the same message as a non-object value.
	}
	throw new NodeOperationError(context.getNode(), `Invalid "${label}" in item ${itemIndex}: must be a JSON object`, {
		itemIndex,
		description: 'Enter a JSON object such as {"key": "value"}.',
	});
}
