import { NodeOperationError } from 'n8n-workflow';
import type { INode, INodeProperties } from 'n8n-workflow';
import type { ZodIssue, ZodTypeAny, z } from 'zod';

/**
 * Checks an item's input against a schema before anything is sent. The error names the field by its
 * label in the UI, the item, what is wrong and the fix (schemas word their messages as fixes).
 */
export function validateInput<Schema extends ZodTypeAny>(
	node: INode,
	schema: Schema,
	input: unknown,
	itemIndex: number,
	labels: Record<string, string>,
): z.infer<Schema> {
	const result = schema.safeParse(input);
	if (result.success) return result.data;
	const issues = result.error.issues.map((issue) => describeIssue(issue, labels));
	const [first] = issues;
	return throwInvalid(node, itemIndex, first, issues);
}

function throwInvalid(node: INode, itemIndex: number, first: string, all: string[]): never {
	throw new NodeOperationError(node, `Invalid input in item ${itemIndex}: ${first}`, {
		itemIndex,
		description: all.length > 1 ? `All problems in this item:\n- ${all.join('\n- ')}` : undefined,
	});
}

function describeIssue(issue: ZodIssue, labels: Record<string, string>): string {
	const path = issue.path.map(String);
	const label = labelFor(path, labels);
	const where = path.length > 0 ? `"${label}" (${path.join('.')})` : 'the input';
	return `${where} ${issue.message}`;
}

function labelFor(path: string[], labels: Record<string, string>): string {
	for (let length = path.length; length > 0; length--) {
		const key = path.slice(0, length).join('.');
		if (labels[key]) return labels[key];
		const leaf = path[length - 1];
		if (labels[leaf]) return labels[leaf];
	}
	return path.join('.');
}

/** Field name → UI label, taken from the operation's own properties (including collections). */
export function labelsOf(properties: INodeProperties[]): Record<string, string> {
	const labels: Record<string, string> = {};
	const visit = (entries: unknown[]) => {
		for (const entry of entries) {
			const property = entry as { name?: string; displayName?: string; options?: unknown[]; values?: unknown[] };
			if (property.name && property.displayName) labels[property.name] ??= property.displayName;
			if (Array.isArray(property.options)) visit(property.options);
			if (Array.isArray(property.values)) visit(property.values);
		}
	};
	visit(properties);
	return labels;
}

/** Reads a numeric record ID parameter, refusing empty, zero, negative or non-numeric values. */
export function readPositiveId(
	context: { getNodeParameter(name: string, itemIndex: number): unknown; getNode(): INode },
	itemIndex: number,
	parameterName: string,
	label: string,
): number {
	const raw = context.getNodeParameter(parameterName, itemIndex);
	const value = typeof raw === 'string' ? Number(raw.trim()) : Number(raw);
	if (raw === '' || raw === null || !Number.isInteger(value) || value <= 0) {
		throw new NodeOperationError(
			context.getNode(),
			`Invalid "${label}" in item ${itemIndex}: ${JSON.stringify(raw ?? null)} is not an ID; enter the positive whole number the provider assigned`,
			{ itemIndex },
		);
	}
	return value;
}
