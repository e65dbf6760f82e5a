import { randomUUID } from 'node:crypto';
import { ExecutionLifecycleHooks, LoadOptionsContext } from 'n8n-core';
import type { INode, INodeListSearchResult, INodeParameters } from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';

import type { HarnessCredentials } from '../harness';
import { CredentialStore, loadPackage } from '../harness';
import { createAdditionalData } from '../harness/additional-data';
import { seedCredentials } from '../harness/credential-references';
import { HarnessCredentialsHelper } from '../harness/credentials-helper';
import { ensureEngine } from '../harness/engine';

export interface ListSearchOptions {
	/** Short node name, e.g. 'jobtrain'. */
	nodeType: string;
	/** The node's listSearch method, e.g. 'searchJobs'. */
	method: string;
	/** The node's parameters as the editor holds them while the list is open (e.g. the Job chosen before the Candidate). */
	parameters: INodeParameters;
	/** Credential type → decrypted data, as the provider fixtures hold them. */
	credentials: Record<string, object>;
	store?: CredentialStore;
	filter?: string;
	paginationToken?: string;
}

/**
 * Calls a node's list search as n8n's editor does when a resource locator's "From List" opens (the CLI's
 * DynamicNodeParametersService.getResourceLocatorResults): a LoadOptionsContext over the node with the editor's current
 * parameters (with their defaults, as the editor sends them), the method called with the search text and the page token.
 */
export async function runListSearch(options: ListSearchOptions): Promise<INodeListSearchResult> {
	await ensureEngine();
	const loaded = await loadPackage();
	const store = options.store ?? new CredentialStore();
	const typeVersion = loaded.latestVersion(options.nodeType);
	const type = loaded.fullNodeType(options.nodeType);
	const nodeType = loaded.nodeTypes.getByNameAndVersion(type, typeVersion);
	const parameters = NodeHelpers.getNodeParameters(nodeType.description.properties, options.parameters, true, false, null, null) ?? {};
	const node: INode = {
		id: randomUUID(),
		name: nodeType.description.defaults.name ?? nodeType.description.displayName,
		type,
		typeVersion,
		position: [0, 0],
		parameters,
		credentials: seedCredentials(store, loaded.credentialTypes, options.credentials as HarnessCredentials),
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: loaded.nodeTypes });
	const executionId = randomUUID();
	const hooks = new ExecutionLifecycleHooks('internal', executionId, {
		id: workflow.id,
		name: 'List search',
		active: false,
		isArchived: false,
		activeVersionId: null,
		createdAt: new Date(),
		updatedAt: new Date(),
		nodes: [node],
		connections: {},
	});
	const additionalData = createAdditionalData(new HarnessCredentialsHelper(loaded.credentialTypes, store), hooks, executionId);
	additionalData.currentNodeParameters = parameters;
	const method = nodeType.methods?.listSearch?.[options.method];
	if (!method) throw new Error(`${options.nodeType} has no list search "${options.method}"`);
	const context = new LoadOptionsContext(workflow, node, additionalData, `parameters.${options.method}`);
	return await method.call(context, options.filter, options.paginationToken);
}
