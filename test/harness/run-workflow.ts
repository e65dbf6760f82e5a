import type { IRun, IWorkflowSettings } from 'n8n-workflow';

import type { HarnessCredentials } from './credential-references';
import { attachCredentials, seedCredentials } from './credential-references';
import { CredentialStore } from './credential-store';
import type { ExecutionMode, WorkflowDefinition } from './execute';
import { executeWorkflow } from './execute';
import { loadPackage } from './package-loader';

export interface RunWorkflowOptions extends ExecutionMode {
	/** Credential type → decrypted data; every node declaring (or referencing) a type is pointed at it. */
	credentials?: HarnessCredentials;
	store?: CredentialStore;
	/** Default: the first node without incoming connections. */
	startNode?: string;
	packageDir?: string;
	/** Workflow settings, e.g. `{timezone: 'America/New_York'}`. */
	settings?: IWorkflowSettings;
}

/** Runs a whole workflow of package nodes (and harness source nodes) through n8n's real engine. */
export async function runWorkflow(workflow: WorkflowDefinition, options: RunWorkflowOptions = {}): Promise<IRun> {
	const loaded = await loadPackage(options.packageDir);
	const store = options.store ?? new CredentialStore();
	const references = seedCredentials(store, loaded.credentialTypes, options.credentials);
	const nodes = workflow.nodes.map((node) => attachCredentials(node, references, loaded.nodeTypes));
	const startNode = options.startNode ?? firstNodeWithoutInputs(workflow);
	const { run } = await executeWorkflow({ nodes, connections: workflow.connections }, startNode, loaded, store, options.settings, options);
	return run;
}

function firstNodeWithoutInputs({ nodes, connections }: WorkflowDefinition): string {
	const destinations = new Set(
		Object.values(connections).flatMap((byType) =>
			Object.values(byType).flatMap((outputs) => outputs.flatMap((output) => (output ?? []).map(({ node }) => node))),
		),
	);
	const start = nodes.find(({ name }) => !destinations.has(name));
	if (!start) throw new Error('Every node has an incoming connection; pass options.startNode');
	return start.name;
}
