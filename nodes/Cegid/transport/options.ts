import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * Values of the `vacancyStatus` export filter. Published, Archived and Suspended are used by
 * production code; the others are the English names of the remaining documented status IDs
 * (`_TS_CO_OfferStatus_*`) and are assumed.
 */
export const vacancyStatusOptions: INodePropertyOptions[] = [
	{ name: 'Archived', value: 'Archived' },
	{ name: 'Draft', value: 'Draft' },
	{ name: 'Finalized', value: 'Finalized' },
	{ name: 'Pending Publication', value: 'PendingPublication' },
	{ name: 'Published', value: 'Published' },
	{ name: 'Suspended', value: 'Suspended' },
	{ name: 'Validated', value: 'Validated' },
];

/** Webhook events Cegid documents or production code subscribes to. */
export const webhookEventOptions: INodePropertyOptions[] = [
	{ name: 'Applicant Created', value: 'applicant_new', description: 'A new applicant (candidate) exists' },
	{ name: 'Applicant Resume Updated', value: 'applicant_resume_update', description: 'An applicant’s resume was replaced' },
	{ name: 'Applicant Updated', value: 'applicant_update', description: 'An applicant’s details changed' },
	{ name: 'Application Created', value: 'application_event_new', description: 'An applicant applied to a vacancy' },
	{ name: 'Vacancy Created', value: 'vacancy_new', description: 'A new vacancy was created' },
	{ name: 'Vacancy Deleted', value: 'vacancy_deleted', description: 'A vacancy was deleted' },
	{ name: 'Vacancy Status Changed', value: 'vacancy_status', description: 'A vacancy changed status, e.g. was published' },
	{ name: 'Vacancy Updated', value: 'vacancy_update', description: 'A vacancy’s details changed' },
];

/** Referential categories offered by the Category list search; any other can be entered by name. Only `countries` is named by Cegid’s guide. */
export const referentialCategoryOptions: INodePropertyOptions[] = [
	{ name: 'Civility', value: 'civility' },
	{ name: 'Contract Types', value: 'contractTypes' },
	{ name: 'Countries', value: 'countries' },
	{ name: 'Education Levels', value: 'educationLevels' },
	{ name: 'Experience Levels', value: 'experienceLevels' },
	{ name: 'Language Levels', value: 'languageLevels' },
	{ name: 'Languages', value: 'languages' },
	{ name: 'Offer Statuses', value: 'offerStatuses' },
	{ name: 'Organisations', value: 'organisations' },
	{ name: 'Professional Categories', value: 'professionalCategories' },
	{ name: 'Profiles', value: 'profiles' },
	{ name: 'Regions', value: 'regions' },
];
