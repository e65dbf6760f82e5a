import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readUtcDate } from '../../../shared/timeZone';
import { readPositiveId } from '../../../shared/validate';
import { companyLocator } from '../company/companyFields';

/** The job an operation acts on: picked from Jobcase's job list, or its Jobcase ID. */
export const jobLocator: INodeProperties = {
	displayName: 'Job ID',
	name: 'jobId',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description: 'The Jobcase job (its Jobcase ID, not your Ad Number)',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a job...',
			typeOptions: { searchListMethod: 'searchJobs', searchable: true },
		},
		{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 1042' },
	],
};

/** The job fields Jobcase requires on a create and on an update. */
export const jobRequiredFields: INodeProperties[] = [
	companyLocator,
	{
		displayName: 'Ad Number',
		name: 'adNumber',
		type: 'string',
		required: true,
		default: '',
		description: 'Your own system’s unique identifier for this job',
	},
	{
		displayName: 'Job Title',
		name: 'jobTitle',
		type: 'string',
		required: true,
		default: '',
		description: 'The title or headline of the job',
	},
	{
		displayName: 'Job Description',
		name: 'jobDescription',
		type: 'string',
		typeOptions: { rows: 5 },
		required: true,
		default: '',
		description: 'The job description; 150 characters or more distribute best',
	},
	{
		displayName: 'City',
		name: 'jobCity',
		type: 'string',
		required: true,
		default: '',
		description: 'City where the job is',
	},
	{
		displayName: 'State',
		name: 'jobState',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'CA',
		description: 'Two-letter state abbreviation',
	},
	{
		displayName: 'Zip Code',
		name: 'jobZipCode',
		type: 'string',
		required: true,
		default: '',
		placeholder: '94111',
		description: 'Zip or postal code, 5 to 7 characters',
	},
];

/** Fields offered both when creating and when updating a job. */
const applyActionTypeField: INodeProperties = {
	displayName: 'Apply Action Type',
	name: 'applyActionType',
	type: 'options',
	options: [
		{ name: 'Email Address', value: 'Email Address', description: 'Jobcase sends application notifications to the Apply Emails' },
		{ name: 'Nothing', value: 'Nothing', description: 'Applicants are not redirected or emailed' },
		{ name: 'URL Redirect', value: 'URL Redirect', description: 'Applicants are redirected to the Apply URL' },
	],
	default: 'Nothing',
	description: 'What happens when someone applies',
};

const experienceField: INodeProperties = {
	displayName: 'Experience',
	name: 'experienceId',
	type: 'options',
	options: [
		{ name: '0-1 Years', value: 6 },
		{ name: '1-3 Years', value: 7 },
		{ name: '3-5 Years', value: 8 },
		{ name: '5+ Years', value: 9 },
		{ name: 'No Experience', value: 4 },
		{ name: 'Not Specified', value: 5 },
	],
	default: 5,
	description: 'Years of experience required',
};

const jobCategoryField: INodeProperties = {
	displayName: 'Job Category',
	name: 'jobCategoryId',
	type: 'options',
	options: [
		{ name: 'Accounting', value: 101 },
		{ name: 'Advertising / Marketing / PR', value: 125 },
		{ name: 'Appraisers & Tax Assessment', value: 161 },
		{ name: 'Banking', value: 201 },
		{ name: 'Business Administration', value: 162 },
		{ name: 'Business Management', value: 163 },
		{ name: 'Commercial Drivers', value: 164 },
		{ name: 'Construction / Physical Labor / Skilled Trades', value: 131 },
		{ name: 'Correctional Officer', value: 165 },
		{ name: 'Counseling & Mental Health', value: 166 },
		{ name: 'Customer Service / Call Center', value: 167 },
		{ name: 'Delivery / Courier', value: 108 },
		{ name: 'Dentistry', value: 109 },
		{ name: 'Design & Visual Arts', value: 168 },
		{ name: 'Early Childhood Development', value: 169 },
		{ name: 'Education', value: 111 },
		{ name: 'Emergency & Fire', value: 170 },
		{ name: 'Emergency Medical Tech / Paramedics', value: 171 },
		{ name: 'Engineering', value: 113 },
		{ name: 'Farming / Fishing / Forestry', value: 114 },
		{ name: 'Finance', value: 115 },
		{ name: 'Government Administration', value: 172 },
		{ name: 'Government Regulation', value: 173 },
		{ name: 'Health Administration', value: 174 },
		{ name: 'Heavy Equipment Operator', value: 149 },
		{ name: 'Hospitality', value: 118 },
		{ name: 'Human Resources', value: 119 },
		{ name: 'Information Services / Technology', value: 175 },
		{ name: 'Insurance', value: 176 },
		{ name: 'Investments', value: 177 },
		{ name: 'Journalism & Broadcasting', value: 178 },
		{ name: 'Laboratory & Diagnostics', value: 179 },
		{ name: 'Law Enforcement', value: 180 },
		{ name: 'Legal Services', value: 181 },
		{ name: 'Logistics & Planning', value: 182 },
		{ name: 'Maintenance Installation & Repair', value: 183 },
		{ name: 'Manufacturing / Production / Operations', value: 124 },
		{ name: 'Mathematics', value: 184 },
		{ name: 'Mechanics & Technicians', value: 185 },
		{ name: 'Medical Support Services', value: 186 },
		{ name: 'Network Systems', value: 187 },
		{ name: 'Nursing', value: 127 },
		{ name: 'Occupational Therapy', value: 128 },
		{ name: 'Operations', value: 188 },
		{ name: 'Other', value: 0 },
		{ name: 'Performing Arts', value: 189 },
		{ name: 'Personal Services', value: 190 },
		{ name: 'Pharmacy', value: 130 },
		{ name: 'Physician', value: 133 },
		{ name: 'Printing & Publishing', value: 191 },
		{ name: 'Programming & Software Development', value: 192 },
		{ name: 'Real Estate / Property Management', value: 154 },
		{ name: 'Research & Development', value: 159 },
		{ name: 'Restaurant & Food', value: 193 },
		{ name: 'Sales', value: 137 },
		{ name: 'Science', value: 138 },
		{ name: 'Security', value: 194 },
		{ name: 'Social Service', value: 139 },
		{ name: 'Sports & Recreation / Fitness', value: 195 },
		{ name: 'Telecommunications', value: 196 },
		{ name: 'Transportation Support Services', value: 197 },
		{ name: 'Urban & Regional Planning', value: 198 },
		{ name: 'Veterinary', value: 147 },
		{ name: 'Waste & Recycling', value: 199 },
		{ name: 'Web & Digital Communications', value: 200 },
	],
	default: 0,
	description: 'The category of the job',
};

const worktimeField: INodeProperties = {
	displayName: 'Work Time',
	name: 'worktimeId',
	type: 'options',
	options: [
		{ name: 'Contract', value: 6 },
		{ name: 'Full-Time', value: 1 },
		{ name: 'Internship', value: 5 },
		{ name: 'Part-Time', value: 4 },
		{ name: 'Temporary', value: 7 },
	],
	default: 1,
	description: 'Type of position',
};

/** Optional fields of Create and Create or Update: every documented job field, products and a campaign included. */
export const jobAdditionalFields: INodeProperties = {
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [
		applyActionTypeField,
		{
			displayName: 'Apply Emails',
			name: 'applyEmails',
			type: 'string',
			default: '',
			placeholder: 'jobs@example.com, hr@example.com',
			description: 'Comma-separated emails that receive applications (for Apply Action Type "Email Address")',
		},
		{
			displayName: 'Apply URL',
			name: 'applyUrl',
			type: 'string',
			default: '',
			placeholder: 'https://example.com/apply',
			description: 'Where applicants are sent (for Apply Action Type "URL Redirect")',
		},
		{
			displayName: 'Campaign ID',
			name: 'campaignId',
			type: 'resourceLocator',
			default: { mode: 'list', value: '' },
			description: 'Campaign to add the job to',
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
		},
		{
			displayName: 'End Date',
			name: 'endDate',
			type: 'dateTime',
			default: '',
			description:
				'When the posting expires; Jobcase defaults to 30 days from now. A time without an offset is in the workflow’s time zone; it is sent in UTC.',
		},
		experienceField,
		{
			displayName: 'Is Confidential',
			name: 'isConfidential',
			type: 'boolean',
			default: false,
			description: 'Whether this is a confidential (blind) ad',
		},
		{
			displayName: 'Job Attributes',
			name: 'jobAttributes',
			type: 'json',
			default: '{}',
			description: 'Custom key/value attributes as a JSON object; only attributes that already exist are editable',
		},
		jobCategoryField,
		{
			displayName: 'Product Names or IDs',
			name: 'products',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getProducts' },
			default: [],
			description:
				'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		},
		{
			displayName: 'Resume Required',
			name: 'resumeRequired',
			type: 'boolean',
			default: false,
			description: 'Whether a resume is required to apply (for Apply Action Type "Email Address")',
		},
		{
			displayName: 'Start Date',
			name: 'startDate',
			type: 'dateTime',
			default: '',
			description:
				'When the job starts; Jobcase defaults to immediately. A time without an offset is in the workflow’s time zone; it is sent in UTC.',
		},
		{
			displayName: 'Street',
			name: 'jobStreet',
			type: 'string',
			default: '',
			description: 'Street address of the job',
		},
		worktimeField,
	],
};

/**
 * Optional fields of Update, as Jobcase documents them: those of a create but products and campaign, which only the
 * products call changes (Add Products, Remove Products).
 */
export const jobUpdateAdditionalFields: INodeProperties = {
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [
		applyActionTypeField,
		{
			displayName: 'Apply Emails',
			name: 'applyEmails',
			type: 'string',
			default: '',
			placeholder: 'jobs@example.com, hr@example.com',
			description: 'Comma-separated emails that receive applications (for Apply Action Type "Email Address")',
		},
		{
			displayName: 'Apply URL',
			name: 'applyUrl',
			type: 'string',
			default: '',
			placeholder: 'https://example.com/apply',
			description: 'Where applicants are sent (for Apply Action Type "URL Redirect")',
		},
		{
			displayName: 'End Date',
			name: 'endDate',
			type: 'dateTime',
			default: '',
			description:
				'When the posting expires; Jobcase defaults to 30 days from now. A time without an offset is in the workflow’s time zone; it is sent in UTC.',
		},
		experienceField,
		{
			displayName: 'Is Confidential',
			name: 'isConfidential',
			type: 'boolean',
			default: false,
			description: 'Whether this is a confidential (blind) ad',
		},
		{
			displayName: 'Job Attributes',
			name: 'jobAttributes',
			type: 'json',
			default: '{}',
			description: 'Custom key/value attributes as a JSON object; only attributes that already exist are editable',
		},
		jobCategoryField,
		{
			displayName: 'Resume Required',
			name: 'resumeRequired',
			type: 'boolean',
			default: false,
			description: 'Whether a resume is required to apply (for Apply Action Type "Email Address")',
		},
		{
			displayName: 'Start Date',
			name: 'startDate',
			type: 'dateTime',
			default: '',
			description:
				'When the job starts; Jobcase defaults to immediately. A time without an offset is in the workflow’s time zone; it is sent in UTC.',
		},
		{
			displayName: 'Street',
			name: 'jobStreet',
			type: 'string',
			default: '',
			description: 'Street address of the job',
		},
		worktimeField,
	],
};

export function readJobBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const text = (name: string) => context.getNodeParameter(name, itemIndex, '') as string;
	const extra = context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const node = context.getNode();
	const body: IDataObject = {
		companyId: context.getNodeParameter('companyId', itemIndex, '', { extractValue: true }),
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
		else if (key === 'campaignId') {
			const campaignId = context.getNodeParameter('additionalFields.campaignId', itemIndex, '', { extractValue: true });
			if (campaignId !== '') body.campaignId = campaignId;
		} else if (key === 'startDate' || key === 'endDate') {
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

/** The Job ID of an operation: from the list, by ID, or a plain ID saved by an earlier version of the node. */
export function readJobId(context: IExecuteFunctions, itemIndex: number): number {
	const id = context.getNodeParameter('jobId', itemIndex, '', { extractValue: true });
	return readPositiveId({ getNode: () => context.getNode(), getNodeParameter: () => id }, itemIndex, 'jobId', 'Job ID');
}

/** The job and body of Add Products and Remove Products: product codes and, optionally, a campaign. */
export function readJobProducts(context: IExecuteFunctions, itemIndex: number): { jobId: number; input: IDataObject } {
	const jobId = readJobId(context, itemIndex);
	const input: IDataObject = { products: context.getNodeParameter('products', itemIndex, []) };
	const campaignId = context.getNodeParameter('campaignId', itemIndex, '', { extractValue: true });
	if (campaignId !== '') input.campaignId = campaignId;
	return { jobId, input };
}
