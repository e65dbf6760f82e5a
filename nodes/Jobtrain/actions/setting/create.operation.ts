import { z } from 'zod';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import { inputError } from '../../../shared/errors';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { labelsOf, validateInput } from '../../../shared/validate';
import type { JobtrainEndpoint } from '../../jobtrain.api';
import { optionalText, requiredText } from '../../schemas';
import { jobtrainIdValue } from '../../transport/ids';
import { settingList, settingLists } from '../../transport/settingLists';

export const settingCreateSchema = z.object({
	name: requiredText('the name Jobtrain should show'),
	code: optionalText,
	divisionId: z.union([z.string(), z.number().finite()]).optional(),
	regionId: z.union([z.string(), z.number().finite()]).optional(),
	postcode: optionalText,
});

export const description: INodeProperties[] = showOnlyFor({ resource: ['setting'], operation: ['create'] }, [
	{
		displayName: 'Setting',
		name: 'setting',
		type: 'options',
		options: [
			{ name: 'Department', value: 'department' },
			{ name: 'Division', value: 'division' },
			{ name: 'Location', value: 'location' },
		],
		default: 'division',
		description: 'What to create; Jobtrain’s API creates divisions, departments and locations',
	},
	{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', description: 'The name Jobtrain shows' },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Code', name: 'code', type: 'string', default: '', description: 'Your own reference for it' },
			{
				displayName: 'Division',
				name: 'divisionId',
				type: 'resourceLocator',
				default: { mode: 'list', value: '' },
				description: 'For a department: the division it belongs to',
				modes: [
					{
						displayName: 'From List',
						name: 'list',
						type: 'list',
						typeOptions: { searchListMethod: 'searchDivisions', searchable: true },
					},
					{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 5' },
				],
			},
			{ displayName: 'Postcode', name: 'postcode', type: 'string', default: '', description: 'For a location: its postcode' },
			{
				displayName: 'Region',
				name: 'regionId',
				type: 'resourceLocator',
				default: { mode: 'list', value: '' },
				description: 'For a location: the region it is in',
				modes: [
					{
						displayName: 'From List',
						name: 'list',
						type: 'list',
						typeOptions: { searchListMethod: 'searchRegions', searchable: true },
					},
					{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 2' },
				],
			},
		],
	},
]);

const labels = labelsOf(description);

/** The parent settings, chosen from a list or by ID (earlier versions saved the plain ID of a dropdown). */
const PARENTS = new Set(['divisionId', 'regionId']);

/** A parent's ID as Jobtrain lists it: a number when it is one (as the dropdowns of earlier versions sent it). */
function readParentId(context: IExecuteFunctions, itemIndex: number, key: string): string | number | undefined {
	const raw = context.getNodeParameter(`additionalFields.${key}`, itemIndex, '', { extractValue: true }) as unknown;
	const read = jobtrainIdValue(raw);
	if ('missing' in read) return undefined;
	if ('problem' in read) throw inputError(context.getNode(), itemIndex, labels[key] ?? key, read.problem, 'Choose it from the list, or enter the ID Jobtrain assigned, e.g. 12.');
	return /^\d+$/.test(read.id) && Number.isSafeInteger(Number(read.id)) ? Number(read.id) : read.id;
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	client: ApiClient<JobtrainEndpoint>,
): Promise<OperationOutput> {
	const value = this.getNodeParameter('setting', itemIndex) as string;
	const setting = settingList(value);
	if (!setting?.create) {
		const creatable = settingLists.filter((entry) => entry.create !== undefined).map((entry) => entry.name);
		throw inputError(
			this.getNode(),
			itemIndex,
			'Setting',
			`Jobtrain cannot create "${value}" through the API`,
			`Choose one of: ${creatable.join(', ')}.`,
		);
	}
	const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const input: IDataObject = { name: this.getNodeParameter('name', itemIndex, '') };
	for (const [key, entry] of Object.entries(additional)) {
		const value = PARENTS.has(key) ? readParentId(this, itemIndex, key) : entry;
		if (value !== '' && value !== undefined) input[key] = value;
	}
	const body = validateInput(this.getNode(), settingCreateSchema, input, itemIndex, labels);
	return await client.request<IDataObject>(setting.create, { body: body as IDataObject, itemIndex });
}
