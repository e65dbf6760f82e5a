import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

const personFields = (who: string): INodeProperties[] => [
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '', description: `First name of the ${who}` },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '', description: `Last name of the ${who}` },
	{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', description: `Email of the ${who}` },
];

const requiredText = (displayName: string, name: string, description: string, placeholder?: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	required: true,
	default: '',
	placeholder,
	description,
});

/** The company body shared by Create, Update and Create or Update (Jobcase wants the full body each time). */
export const companyBodyProperties: INodeProperties[] = [
	requiredText('Company Name', 'companyName', 'Name of the company'),
	requiredText(
		'Partner Company ID',
		'partnerCompanyId',
		'Your own system’s unique identifier for this company. Create or Update uses it to find the company.',
	),
	requiredText('Company URL', 'companyUrl', 'The company’s website', 'https://example.com'),
	requiredText('Street', 'companyStreet', 'Street address of the company'),
	requiredText('City', 'companyCity', 'City of the company'),
	requiredText('State', 'companyState', 'Two-letter state abbreviation', 'CA'),
	requiredText('Zip Code', 'companyZipCode', 'Zip or postal code, 5 to 7 characters', '94111'),
	{
		displayName: 'Company Contact',
		name: 'companyContact',
		type: 'fixedCollection',
		default: {},
		placeholder: 'Add Company Contact',
		description: 'The employer contact for this company; Jobcase reuses an existing contact with the same details',
		options: [{ displayName: 'Contact', name: 'person', values: personFields('company contact') }],
	},
	{
		displayName: 'Sales Rep',
		name: 'salesRep',
		type: 'fixedCollection',
		default: {},
		placeholder: 'Add Sales Rep',
		description: 'The sales representative for this company; Jobcase reuses an existing one with the same details',
		options: [{ displayName: 'Sales Rep', name: 'person', values: personFields('sales rep') }],
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
