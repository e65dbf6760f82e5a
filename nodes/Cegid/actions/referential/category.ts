import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { readIdParameter } from '../../transport/idParameter';

/** The value workflows saved before Category became a resource locator, when the name was typed in Category Name. */
const CUSTOM_CATEGORY = '__custom';

/** The referential both operations read; any category can be entered by name. */
export const categoryProperty: INodeProperties = {
	displayName: 'Category',
	name: 'category',
	type: 'resourceLocator',
	default: { mode: 'list', value: 'countries' },
	required: true,
	description: 'The referential (list of coded values) to read',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchCategories', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. contractTypes',
			validation: [
				{
					type: 'regex',
					properties: { regex: '^[^/]+$', errorMessage: 'Enter a referential name such as countries, without slashes' },
				},
			],
		},
	],
};

/**
 * Read only for workflows saved with the former "Other (Enter Below)" choice of Category. Not `required`: n8n
 * cannot evaluate a Category given as an expression when it decides what is shown, so it would count this hidden
 * field as shown and empty and refuse to run the workflow. `readCategory` checks it instead.
 */
export const customCategoryProperty: INodeProperties = {
	displayName: 'Category Name',
	name: 'customCategory',
	type: 'string',
	default: '',
	placeholder: 'contractTypes',
	displayOptions: { show: { category: [CUSTOM_CATEGORY] } },
	description: 'The referential’s name as Cegid’s documentation spells it',
};

export function readCategory(context: IExecuteFunctions, itemIndex: number): string {
	const chosen = readIdParameter(context, itemIndex, 'category', 'Category', 'Choose a referential from the list, or enter its name such as countries.');
	if (chosen !== CUSTOM_CATEGORY) return checkedName(context, itemIndex, 'Category', chosen);
	const fix = 'Enter the referential’s name such as contractTypes in Category Name, or choose a Category from the list.';
	const typed = readIdParameter(context, itemIndex, 'customCategory', 'Category Name', fix);
	if (typed === '') throw inputError(context.getNode(), itemIndex, 'Category Name', 'is empty, and Category is "Other (Enter Below)"', fix);
	return checkedName(context, itemIndex, 'Category Name', typed);
}

function checkedName(context: IExecuteFunctions, itemIndex: number, field: string, category: string): string {
	if (category === '' || category.includes('/')) {
		throw inputError(context.getNode(), itemIndex, field, `"${category}" is not a referential name`, 'Enter a name such as countries, without slashes.');
	}
	return category;
}
