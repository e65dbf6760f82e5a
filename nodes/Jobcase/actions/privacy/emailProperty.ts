import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { email } from '../../schemas';

export const privacyEmailProperty: INodeProperties = {
	displayName: 'Email',
	name: 'email',
	type: 'string',
	placeholder: 'name@email.com',
	required: true,
	default: '',
	description: 'Email address of the person the request is about',
};

export function readPrivacyEmail(context: IExecuteFunctions, itemIndex: number): string {
	const value = String(context.getNodeParameter('email', itemIndex, '')).trim();
	const parsed = email.safeParse(value);
	if (!parsed.success) throw inputError(context.getNode(), itemIndex, 'Email', `"${value}" ${parsed.error.issues[0].message}`);
	return parsed.data;
}
