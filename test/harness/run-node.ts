import { randomUUID } from 'node:crypto';
import type { INode, INodeExecutionData, INodeParameters, IWorkflowSettings } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import type { HarnessCredentials } from './credential-references';
import { seedCredentials } from './credential-references';
import { CredentialStore } from './credential-store';
import { executeWorkflow, type ExecutionMode } from './execute';
import type { RunNodeResult } from './node-run-result';
import { nodeRunResult } from './node-run-result';
import { loadPackage } from './package-loader';
import { createSourceNode } from './source-node';

export interface RunNodeOptions extends ExecutionMode {
	/** Package root whose package.json `n8n` section is loaded; default: this project. */
	packageDir?: string;
	/** Short node name, e.g. 'jobcase' (→ '<package name>.jobcase'). */
	nodeType: string;
	/** Default: the node's highest version. */
	typeVersion?: number;
	parameters: INodeParameters;
	/** Credential type → decrypted data; the node gets `{type: {id, name}}` references to them. */
	credentials?: HarnessCredentials;
	/** Fixed credential ids; default: the id the store keeps per type (random for a new store). */
	credentialIds?: { [credentialType: string]: string };
	/**
	 * Fed to the node by the harness source node; binary is given as base64 `data` with `mimeType` and `fileName`.
	 * Default: one empty item.
	 */
	inputItems?: INodeExecutionData[];
	/** Sets the node's onError to 'continueRegularOutput'. */
	continueOnFail?: boolean;
	/** Shares persisted credential data (e.g. refreshed tokens) between runs. */
	store?: CredentialStore;
	/** Workflow settings, e.g. `{timezone: 'Europe/London'}` for the node's `this.getTimezone()`. */
	settings?: IWorkflowSettings;
}

/** Runs one node of a package through n8n's real engine, fed by the harness source node. */
export async function runNode(options: RunNodeOptions): Promise<RunNodeResult> {
	const loaded = await loadPackage(options.packageDir);
	const store = options.store ?? new CredentialStore();
	const typeVersion = options.typeVersion ?? loaded.latestVersion(options.nodeType);
	const { defaults, displayName } = loaded.nodeDescription(options.nodeType, typeVersion);
	const nodeName = defaults.name ?? displayName;

	const source = createSourceNode(options.inputItems ?? [{ json: {} }]);
	const nodeUnderTest: INode = {
		id: randomUUID(),
		name: nodeName,
		type: loaded.fullNodeType(options.nodeType),
		typeVersion,
		position: [220, 0],
		parameters: options.parameters,
		credentials: seedCredentials(store, loaded.credentialTypes, options.credentials, options.credentialIds),
		...(options.continueOnFail && { onError: 'continueRegularOutput' as const }),
	};
	const connections = {
		[source.name]: { main: [[{ node: nodeName, type: NodeConnectionTypes.Main, index: 0 }]] },
	};

	const { run } = await executeWorkflow({ nodes: [source, nodeUnderTest], connections }, source.name, loaded, store, options.settings, options);
	return nodeRunResult(run, nodeName);
}
