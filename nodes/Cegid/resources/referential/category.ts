import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { referentialCategoryOptions } from '../../options';

export const categoryProperties: INodeProperties[] = [
	{
		displayName: 'Category',
		name: 'category',
		type: 'options',
		options: referentialCategoryOptions,
		default: 'countries',
		description: 'The referential (list of coded values) to read',
	},
	{
		displayName: 'Category Name',
		name: 'customCategory',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'contractTypes',
		displayOptions: { show: { category: ['__custom'] } },
		description: 'The referential’s name as Cegid’s documentation spells it',
	},
];

export function readCategory(context: IExecuteFunctions, itemIndex: number): string {
	const chosen = context.getNodeParameter('category', itemIndex) as string;
	const category = (chosen === '__custom' ? (context.getNodeParameter('customCategory', itemIndex, '') as string) : chosen).trim();
	if (category === '' || category.includes('/')) {
		throw inputError(context.getNode(), itemIndex, 'Category Name', `"${category}" is not a referential name`, 'Enter a name such as countries, without slashes.');
	}
	return category;
}
