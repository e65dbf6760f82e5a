import type { INodePropertyOptions } from 'n8n-workflow';

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
