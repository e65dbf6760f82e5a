import type { INodePropertyOptions } from 'n8n-workflow';

/** Id mappings published in Jobcase's reference, offered as dropdowns. */
export const worktimeOptions: INodePropertyOptions[] = [
	{ name: 'Full-Time', value: 1 },
	{ name: 'Part-Time', value: 4 },
	{ name: 'Internship', value: 5 },
	{ name: 'Contract', value: 6 },
	{ name: 'Temporary', value: 7 },
];

export const experienceOptions: INodePropertyOptions[] = [
	{ name: 'Not Specified', value: 5 },
	{ name: 'No Experience', value: 4 },
	{ name: '0-1 Years', value: 6 },
	{ name: '1-3 Years', value: 7 },
	{ name: '3-5 Years', value: 8 },
	{ name: '5+ Years', value: 9 },
];

export const applyActionTypeOptions: INodePropertyOptions[] = [
	{ name: 'Nothing', value: 'Nothing', description: 'Applicants are not redirected or emailed' },
	{ name: 'Email Address', value: 'Email Address', description: 'Jobcase sends application notifications to the Apply Emails' },
	{ name: 'URL Redirect', value: 'URL Redirect', description: 'Applicants are redirected to the Apply URL' },
];

const jobCategories: Array<[number, string]> = [
	[0, 'Other'], [101, 'Accounting'], [125, 'Advertising / Marketing / PR'], [161, 'Appraisers & Tax Assessment'],
	[201, 'Banking'], [162, 'Business Administration'], [163, 'Business Management'], [164, 'Commercial Drivers'],
	[131, 'Construction / Physical Labor / Skilled Trades'], [165, 'Correctional Officer'],
	[166, 'Counseling & Mental Health'], [167, 'Customer Service / Call Center'], [108, 'Delivery / Courier'],
	[109, 'Dentistry'], [168, 'Design & Visual Arts'], [169, 'Early Childhood Development'], [111, 'Education'],
	[170, 'Emergency & Fire'], [171, 'Emergency Medical Tech / Paramedics'], [113, 'Engineering'],
	[114, 'Farming / Fishing / Forestry'], [115, 'Finance'], [172, 'Government Administration'],
	[173, 'Government Regulation'], [174, 'Health Administration'], [149, 'Heavy Equipment Operator'],
	[118, 'Hospitality'], [119, 'Human Resources'], [175, 'Information Services / Technology'], [176, 'Insurance'],
	[177, 'Investments'], [178, 'Journalism & Broadcasting'], [179, 'Laboratory & Diagnostics'],
	[180, 'Law Enforcement'], [181, 'Legal Services'], [182, 'Logistics & Planning'],
	[183, 'Maintenance Installation & Repair'], [124, 'Manufacturing / Production / Operations'], [184, 'Mathematics'],
	[185, 'Mechanics & Technicians'], [186, 'Medical Support Services'], [187, 'Network Systems'], [127, 'Nursing'],
	[128, 'Occupational Therapy'], [188, 'Operations'], [189, 'Performing Arts'], [190, 'Personal Services'],
	[130, 'Pharmacy'], [133, 'Physician'], [191, 'Printing & Publishing'], [192, 'Programming & Software Development'],
	[154, 'Real Estate / Property Management'], [159, 'Research & Development'], [193, 'Restaurant & Food'],
	[137, 'Sales'], [138, 'Science'], [194, 'Security'], [139, 'Social Service'], [195, 'Sports & Recreation / Fitness'],
	[196, 'Telecommunications'], [197, 'Transportation Support Services'], [198, 'Urban & Regional Planning'],
	[147, 'Veterinary'], [199, 'Waste & Recycling'], [200, 'Web & Digital Communications'],
];

export const jobCategoryOptions: INodePropertyOptions[] = jobCategories
	.map(([value, name]) => ({ name, value }))
	.sort((a, b) => a.name.localeCompare(b.name));

export const jobStatusFilterOptions: INodePropertyOptions[] = [
	{ name: 'Active', value: 'active' },
	{ name: 'Expired', value: 'expired' },
	{ name: 'All', value: 'all' },
];

export const campaignStatusFilterOptions: INodePropertyOptions[] = [
	{ name: 'Active', value: 'active' },
	{ name: 'Paused', value: 'paused' },
	{ name: 'All', value: 'all' },
];

export const aggressivenessOptions: INodePropertyOptions[] = [10, 20, 30, 40, 50, 60].map((value) => ({
	name: String(value),
	value,
}));
