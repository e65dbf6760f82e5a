import { randomUUID } from 'node:crypto';
import { ExecutionLifecycleHooks, LoadOptionsContext } from 'n8n-core';
import type { INode, INodeListSearchResult, INodeParameters, IWorkflowBase } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { CredentialStore, loadPackage } from '../harness';
import { createAdditionalData } from '../harness/additional-data';
import { seedCredentials, type HarnessCredentials } from '../harness/credential-references';
import { HarnessCredentialsHelper } from '../harness/credentials-helper';
import { ensureEngine } from '../harness/engine';

/**
 * Calls one of a node's list searches the way n8n's editor has it called (DynamicNodeParametersService): a
 * LoadOptionsContext for the resource locator's parameter path on a node with the given parameters and credentials,
 * then `methods.listSearch[method]` with the search text and the pagination token of the previous answer.
 */
export async function listSearch(options: {
	nodeType: string;
	method: string;
	parameters: INodeParameters;
	/** The locator's parameter, e.g. 'jobId' (n8n passes `parameters.<name>`). */
	parameter: string;
	credentials: HarnessCredentials;
	filter?: string;
	paginationToken?: string;
}): Promise<INodeListSearchResult> {
	await ensureEngine();
	const loaded = await loadPackage();
	const store = new CredentialStore();
	const type = loaded.fullNodeType(options.nodeType);
	const typeVersion = loaded.latestVersion(options.nodeType);
	const node: INode = {
		id: randomUUID(),
		name: 'Node',
		type,
		typeVersion,
		position: [0, 0],
		parameters: options.parameters,
		credentials: seedCredentials(store, loaded.credentialTypes, options.credentials),
	};
	const workflowData: IWorkflowBase = {
		id: randomUUID(),
		name: 'List search',
		active: false,
		isArchived: false,
		activeVersionId: null,
		createdAt: new Date(),
		updatedAt: new Date(),
		nodes: [node],
		connections: {},
		settings: {},
	};
	const workflow = new Workflow({ id: workflowData.id, nodes: [node], connections: {}, active: false, nodeTypes: loaded.nodeTypes });
	const executionId = randomUUID();
	const hooks = new ExecutionLifecycleHooks('manual', executionId, workflowData);
	const additionalData = createAdditionalData(new HarnessCredentialsHelper(loaded.credentialTypes, store), hooks, executionId);
	const context = new LoadOptionsContext(workflow, workflow.getNode(node.name)!, additionalData, `parameters.${options.parameter}`);
	const nodeType = loaded.nodeTypes.getByNameAndVersion(type, typeVersion);
	const search = nodeType.methods?.listSearch?.[options.method];
	if (!search) throw new Error(`${options.nodeType} has no list search "${options.method}"`);
	return await search.call(context, options.filter, options.paginationToken);
}
