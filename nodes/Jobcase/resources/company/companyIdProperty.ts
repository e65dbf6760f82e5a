import type { INodeProperties } from 'n8n-workflow';

export const companyIdProperty: INodeProperties = {
	displayName: 'Company ID',
	name: 'companyId',
	type: 'number',
	required: true,
	default: 0,
	description: 'The Jobcase company identifier (not your Partner Company ID)',
};
