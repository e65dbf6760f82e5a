import type { INodeProperties } from 'n8n-workflow';

/** Dropdowns filled from the partner's own records; each also accepts an ID by expression. */
export const companyDropdown: INodeProperties = {
	displayName: 'Company Name or ID',
	name: 'companyId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getCompanies' },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const campaignDropdown: INodeProperties = {
	displayName: 'Campaign Name or ID',
	name: 'campaignId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getCampaigns' },
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const productsDropdown: INodeProperties = {
	displayName: 'Product Names or IDs',
	name: 'products',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getProducts' },
	default: [],
	description:
		'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};
