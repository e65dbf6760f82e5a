import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readPositiveId } from '../../../shared/validate';

/** A company of the partner: picked from Jobcase's company list, or its Jobcase ID. */
export const companyLocator: INodeProperties = {
	displayName: 'Company ID',
	name: 'companyId',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description: 'The Jobcase company (its Jobcase ID, not your Partner Company ID)',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a company...',
			typeOptions: { searchListMethod: 'searchCompanies', searchable: true },
		},
		{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 42' },
	],
};

/** The company body shared by Create, Update and Create or Update (Jobcase wants the full body each time). */
export const companyBodyProperties: INodeProperties[] = [
	{
		displayName: 'Company Name',
		name: 'companyName',
		type: 'string',
		required: true,
		default: '',
		description: 'Name of the company',
	},
	{
		displayName: 'Partner Company ID',
		name: 'partnerCompanyId',
		type: 'string',
		required: true,
		default: '',
		description: 'Your own system’s unique identifier for this company. Create or Update uses it to find the company.',
	},
	{
		displayName: 'Company URL',
		name: 'companyUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://example.com',
		description: 'The company’s website',
	},
	{
		displayName: 'Street',
		name: 'companyStreet',
		type: 'string',
		required: true,
		default: '',
		description: 'Street address of the company',
	},
	{
		displayName: 'City',
		name: 'companyCity',
		type: 'string',
		required: true,
		default: '',
		description: 'City of the company',
	},
	{
		displayName: 'State',
		name: 'companyState',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'CA',
		description: 'Two-letter state abbreviation',
	},
	{
		displayName: 'Zip Code',
		name: 'companyZipCode',
		type: 'string',
		required: true,
		default: '',
		placeholder: '94111',
		description: 'Zip or postal code, 5 to 7 characters',
	},
	{
		displayName: 'Company Contact',
		name: 'companyContact',
		type: 'fixedCollection',
		default: {},
		placeholder: 'Add Company Contact',
		description: 'The employer contact for this company; Jobcase reuses an existing contact with the same details',
		options: [
			{
				displayName: 'Contact',
				name: 'person',
				values: [
					{
						displayName: 'First Name',
						name: 'firstName',
						type: 'string',
						default: '',
						description: 'First name of the company contact',
					},
					{
						displayName: 'Last Name',
						name: 'lastName',
						type: 'string',
						default: '',
						description: 'Last name of the company contact',
					},
					{
						displayName: 'Email',
						name: 'email',
						type: 'string',
						placeholder: 'name@email.com',
						default: '',
						description: 'Email of the company contact',
					},
				],
			},
		],
	},
	{
		displayName: 'Sales Rep',
		name: 'salesRep',
		type: 'fixedCollection',
		default: {},
		placeholder: 'Add Sales Rep',
		description: 'The sales representative for this company; Jobcase reuses an existing one with the same details',
		options: [
			{
				displayName: 'Sales Rep',
				name: 'person',
				values: [
					{
						displayName: 'First Name',
						name: 'firstName',
						type: 'string',
						default: '',
						description: 'First name of the sales rep',
					},
					{
						displayName: 'Last Name',
						name: 'lastName',
						type: 'string',
						default: '',
						description: 'Last name of the sales rep',
					},
					{
						displayName: 'Email',
						name: 'email',
						type: 'string',
						placeholder: 'name@email.com',
						default: '',
						description: 'Email of the sales rep',
					},
				],
			},
		],
	},
];

export function readCompanyBody(context: IExecuteFunctions, itemIndex: number, partnerId: string | number | undefined): IDataObject {
	const text = (name: string) => context.getNodeParameter(name, itemIndex, '') as string;
	const person = (name: string) => {
		const value = context.getNodeParameter(`${name}.person`, itemIndex, {}) as IDataObject;
		return value && Object.values(value).some((entry) => entry !== '') ? value : undefined;
	};
	return {
		partnerId,
		companyName: text('companyName'),
		partnerCompanyId: text('partnerCompanyId'),
		companyUrl: text('companyUrl'),
		companyStreet: text('companyStreet'),
		companyCity: text('companyCity'),
		companyState: text('companyState'),
		companyZipCode: text('companyZipCode'),
		companyContact: person('companyContact'),
		salesRep: person('salesRep'),
	};
}

/** The Company ID of an operation: from the list, by ID, or a plain ID saved by an earlier version of the node. */
export function readCompanyId(context: IExecuteFunctions, itemIndex: number): number {
	const id = context.getNodeParameter('companyId', itemIndex, '', { extractValue: true });
	return readPositiveId({ getNode: () => context.getNode(), getNodeParameter: () => id }, itemIndex, 'companyId', 'Company ID');
}
