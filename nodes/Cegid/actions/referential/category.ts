import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';

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

/** Read only for workflows saved with the former "Other (Enter Below)" choice of Category. */
export const customCategoryProperty: INodeProperties = {
	displayName: 'Category Name',
	name: 'customCategory',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'contractTypes',
	displayOptions: { show: { category: [CUSTOM_CATEGORY] } },
	description: 'The referential’s name as Cegid’s documentation spells it',
};

export function readCategory(context: IExecuteFunctions, itemIndex: number): string {
	const chosen = String(context.getNodeParameter('category', itemIndex, '', { extractValue: true }) ?? '');
	const category = (chosen === CUSTOM_CATEGORY ? String(context.getNodeParameter('customCategory', itemIndex, '') ?? '') : chosen).trim();
	if (category === '' || category.includes('/')) {
		const field = chosen === CUSTOM_CATEGORY ? 'Category Name' : 'Category';
		throw inputError(context.getNode(), itemIndex, field, `"${category}" is not a referential name`, 'Enter a name such as countries, without slashes.');
	}
	return category;
}
