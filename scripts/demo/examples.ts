import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { PROJECT_ROOT } from '../n8n/paths';

export interface ExampleNode {
	name: string;
	type: string;
	parameters: Record<string, unknown>;
	webhookId?: string;
	credentials?: Record<string, { id: string; name: string }>;
	[key: string]: unknown;
}

/** A workflow file from `examples/`. */
export interface ExampleWorkflow {
	readonly file: string;
	readonly name: string;
	readonly nodes: ExampleNode[];
	readonly connections: Record<string, unknown>;
	readonly settings?: Record<string, unknown>;
}

export const EXAMPLES_FOLDER = join(PROJECT_ROOT, 'examples');

export function loadExamples(folder = EXAMPLES_FOLDER): ExampleWorkflow[] {
	return readdirSync(folder)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => ({ file, ...(JSON.parse(readFileSync(join(folder, file), 'utf8')) as Omit<ExampleWorkflow, 'file'>) }));
}

/** Trigger nodes that n8n runs once the workflow is active (webhooks and polls); a Manual Trigger is not one. */
export function isActivatable(example: ExampleWorkflow): boolean {
	return example.nodes.some((node) => /Trigger$/.test(node.type) && !node.type.endsWith('.manualTrigger'));
}

/**
 * The body n8n's public API accepts for an example: credentials pointed at the ids created for their names, and
 * fresh webhook ids (n8n refuses two active workflows on one webhook path).
 */
export function workflowBody(example: ExampleWorkflow, credentialIds: ReadonlyMap<string, string>): Record<string, unknown> {
	const nodes = example.nodes.map((node) => {
		const copy: ExampleNode = { ...node };
		if (node.webhookId !== undefined) copy.webhookId = randomUUID();
		if (node.credentials) {
			copy.credentials = Object.fromEntries(
				Object.entries(node.credentials).map(([type, reference]) => {
					const id = credentialIds.get(reference.name);
					if (!id) throw new Error(`${example.file}: node "${node.name}" uses a credential named "${reference.name}" that the demo does not create.`);
					return [type, { id, name: reference.name }];
				}),
			);
		}
		return copy;
	});
	return { name: example.name, nodes, connections: example.connections, settings: example.settings ?? { executionOrder: 'v1' } };
}
