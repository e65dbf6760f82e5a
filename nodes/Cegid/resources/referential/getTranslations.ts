import type { IDataObject } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import type { OperationDefinition } from '../../../shared/operation';
import type { CegidEndpoint } from '../../cegid.api';
import { isObject, requireList } from '../asList';
import { categoryProperties, readCategory } from './category';

export const getReferentialTranslations: OperationDefinition<CegidEndpoint> = {
	value: 'getTranslations',
	name: 'Get Translations',
	action: 'Get translations of a referential item',
	description: 'Get a referential item’s labels in every language, or in one',
	properties: [
		...categoryProperties,
		{
			displayName: 'Item ID',
			name: 'itemId',
			type: 'string',
			required: true,
			default: '',
			placeholder: '280',
			description: 'The item’s code, as listed by Get Many',
		},
		{
			displayName: 'Language Code',
			name: 'languageCode',
			type: 'string',
			default: '',
			placeholder: 'fr-FR',
			description: 'Only the translation in this language; leave empty for all of them',
		},
	],
	async execute(itemIndex, client) {
		const category = readCategory(this, itemIndex);
		const itemId = String(this.getNodeParameter('itemId', itemIndex) ?? '').trim();
		if (itemId === '') throw inputError(this.getNode(), itemIndex, 'Item ID', 'is empty', 'Enter the item’s code from Get Many, e.g. 280.');
		const languageCode = String(this.getNodeParameter('languageCode', itemIndex, '') ?? '').trim();
		if (languageCode === '') {
			const all = await client.request('referentialTranslations', { pathParams: { category, itemId }, itemIndex });
			return requireList(client, 'referentialTranslations', all, itemIndex).map((translation) => ({ category, itemId, ...translation }));
		}
		const one = await client.request<unknown>('referentialTranslation', { pathParams: { category, itemId, languageCode }, itemIndex });
		const translation: IDataObject = isObject(one) ? one : { label: one as string };
		return { category, itemId, languageCode, ...translation };
	},
};
