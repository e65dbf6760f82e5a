import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import { inputError } from '../../../shared/errors';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { CegidEndpoint } from '../../cegid.api';
import { isObject, requireList } from '../../transport/asList';
import { readIdParameter } from '../../transport/idParameter';
import { categoryProperty, customCategoryProperty, readCategory } from './category';

export const description: INodeProperties[] = showOnlyFor({ resource: ['referential'], operation: ['getTranslations'] }, [
	categoryProperty,
	customCategoryProperty,
	{
		displayName: 'Item ID',
		name: 'itemId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The referential item whose labels to get',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchReferentialItems', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 280',
			},
		],
	},
	{
		displayName: 'Language Code',
		name: 'languageCode',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: 'Only the translation in this language; leave empty for all of them',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchLanguages', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. fr-FR',
			},
		],
	},
]);

/** A referential item's labels in every language, or in one. */
export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<CegidEndpoint>): Promise<IDataObject | IDataObject[]> {
	const category = readCategory(this, itemIndex);
	const itemFix = 'Choose the item from the list, or enter its code from Get Many, e.g. 280.';
	const itemId = readIdParameter(this, itemIndex, 'itemId', 'Item ID', itemFix);
	if (itemId === '') throw inputError(this.getNode(), itemIndex, 'Item ID', 'is empty', itemFix);
	const languageCode = readIdParameter(this, itemIndex, 'languageCode', 'Language Code', 'Choose the language from the list, enter a code such as fr-FR, or leave it empty for every language.');
	if (languageCode === '') {
		const all = await client.request('referentialTranslations', { pathParams: { category, itemId }, itemIndex });
		return requireList(client, 'referentialTranslations', all, itemIndex).map((translation) => ({ category, itemId, ...translation }));
	}
	const one = await client.request<unknown>('referentialTranslation', { pathParams: { category, itemId, languageCode }, itemIndex });
	const translation: IDataObject = isObject(one) ? one : { label: one as string };
	return { category, itemId, languageCode, ...translation };
}
