import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import type { OperationDefinition } from '../../../shared/operation';
import { additionalFields } from '../../../shared/properties/collections';
import { labelsOf, validateInput } from '../../../shared/validate';
import type { JobtrainEndpoint } from '../../jobtrain.api';
import { settingCreateSchema } from '../../schemas';
import { settingList, settingLists } from '../../settingLists';

const creatable = settingLists.filter((setting) => setting.create !== undefined);

const properties: INodeProperties[] = [
	{
		displayName: 'Setting',
		name: 'setting',
		type: 'options',
		options: creatable.map((setting) => ({ name: setting.name, value: setting.value })),
		default: 'division',
		description: 'What to create; Jobtrain’s API creates divisions, departments and locations',
	},
	{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', description: 'The name Jobtrain shows' },
	additionalFields([
		{ displayName: 'Code', name: 'code', type: 'string', default: '', description: 'Your own reference for it' },
		{
			displayName: 'Division Name or ID',
			name: 'divisionId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getDivisions' },
			default: '',
			description:
				'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			hint: 'For a department: the division it belongs to',
		},
		{ displayName: 'Postcode', name: 'postcode', type: 'string', default: '', description: 'For a location: its postcode' },
		{
			displayName: 'Region Name or ID',
			name: 'regionId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getRegions' },
			default: '',
			description:
				'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			hint: 'For a location: the region it is in',
		},
	]),
];

export const createSetting: OperationDefinition<JobtrainEndpoint> = {
	value: 'create',
	name: 'Create',
	action: 'Create a division, department or location',
	description: 'Create a division, department or location',
	properties,
	async execute(itemIndex, client) {
		const value = this.getNodeParameter('setting', itemIndex) as string;
		const setting = settingList(value);
		if (!setting?.create) {
			throw inputError(this.getNode(), itemIndex, 'Setting', `Jobtrain cannot create "${value}" through the API`, `Choose one of: ${creatable.map((entry) => entry.name).join(', ')}.`);
		}
		const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		const input: IDataObject = { name: this.getNodeParameter('name', itemIndex, '') };
		for (const [key, entry] of Object.entries(additional)) if (entry !== '' && entry !== undefined) input[key] = entry;
		const body = validateInput(this.getNode(), settingCreateSchema, input, itemIndex, labelsOf(properties));
		return await client.request<IDataObject>(setting.create, { body: body as IDataObject, itemIndex });
	},
};
