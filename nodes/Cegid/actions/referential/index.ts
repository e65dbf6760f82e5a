import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';
import * as getTranslations from './getTranslations.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['referential'] } },
	options: [
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many referential items',
			description: 'List the coded values of a referential, e.g. countries',
		},
		{
			name: 'Get Translations',
			value: 'getTranslations',
			action: 'Get translations of a referential item',
			description: 'Get a referential item’s labels in every language, or in one',
		},
	],
	default: 'getAll',
};

export const description: INodeProperties[] = [operationSelector, ...getAll.description, ...getTranslations.description];

export const operations = { getAll, getTranslations };
