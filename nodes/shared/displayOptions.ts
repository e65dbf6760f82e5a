import type { INodeProperties } from 'n8n-workflow';

/**
 * An operation's fields, each shown only for that resource and operation (on top of any display options of its
 * own, such as Limit's "only while Return All is off"). The fields themselves stay object literals in the operation's
 * file, where n8n's linter reads them.
 */
export function showOnlyFor(
	show: { resource: string[]; operation: string[] },
	properties: INodeProperties[],
): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: {
			...property.displayOptions,
			show: { ...property.displayOptions?.show, ...show },
		},
	}));
}
