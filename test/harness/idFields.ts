import type { INodeProperties } from 'n8n-workflow';

import { loadPackage } from './package-loader';

/** An ID field of a node: a resource locator, at the top level or inside a collection (`filters.jobId`). */
export interface IdField {
	resource: string;
	operation: string;
	/** The parameter path, e.g. 'jobId' or 'additionalFields.campaignId'. */
	path: string;
	label: string;
}

/**
 * Every resource locator of a node, per resource and operation it shows for, read from the node's properties: a new
 * ID field is covered by the tests built on this list without anyone listing it.
 */
export async function idFieldsOf(nodeType: string): Promise<IdField[]> {
	const loaded = await loadPackage();
	const type = loaded.nodeTypes.getByNameAndVersion(loaded.fullNodeType(nodeType), loaded.latestVersion(nodeType));
	const fields: IdField[] = [];
	const visit = (properties: unknown[], prefix: string, show: Record<string, unknown> | undefined) => {
		for (const entry of properties) {
			const property = entry as INodeProperties;
			const shown = (property.displayOptions?.show as Record<string, unknown> | undefined) ?? show;
			if (property.type === 'resourceLocator') {
				const resources = (shown?.resource as string[] | undefined) ?? [];
				const operations = (shown?.operation as string[] | undefined) ?? [];
				for (const resource of resources) {
					for (const operation of operations) fields.push({ resource, operation, path: `${prefix}${property.name}`, label: property.displayName });
				}
			}
			if ((property.type === 'collection' || property.type === 'fixedCollection') && Array.isArray(property.options)) {
				visit(property.options as unknown[], `${prefix}${property.name}.`, shown);
			}
		}
	};
	visit(type.description.properties, '', undefined);
	return fields;
}

/** Parameters with `value` at `path` (a dotted path into collections), over `base`. */
export function withParameter(base: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
	const [head, ...rest] = path.split('.');
	if (rest.length === 0) return { ...base, [head]: value };
	const inner = (base[head] ?? {}) as Record<string, unknown>;
	return { ...base, [head]: withParameter(inner, rest.join('.'), value) };
}
