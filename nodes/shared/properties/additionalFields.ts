import type { INodeProperties } from 'n8n-workflow';

/** The usual "Additional Fields" collection for an operation's optional fields. */
export function additionalFields(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options,
	};
}
