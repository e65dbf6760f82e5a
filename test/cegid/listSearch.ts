import { randomUUID } from 'node:crypto';
import { ExecutionLifecycleHooks, LoadOptionsContext } from 'n8n-core';
import type { INode, INodeListSearchResult, INodeParameters, INodeType, IWorkflowBase } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { loadPackage } from '../harness';
import { createAdditionalData } from '../harness/additional-data';
import { seedCredentials } from '../harness/credential-references';
import { HarnessCredentialsHelper } from '../harness/credentials-helper';
import type { CegidFixture } from './fixture';

type ListSearchMethod = (this: LoadOptionsContext, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult>;

/**
 * Runs one of the Cegid node's list searches as the editor does (n8n's ListSearch service): the compiled node's
 * `methods.listSearch[method]` called on n8n-core's LoadOptionsContext, with the node's current parameters and the
 * fixture's credential, so requests go through n8n's authentication to the sandbox.
 */
export async function listSearch(
	cegid: CegidFixture,
	method: string,
	parameters: INodeParameters,
	search: { filter?: string; paginationToken?: string } = {},
): Promise<INodeListSearchResult> {
	const loaded = await loadPackage();
	const type = loaded.fullNodeType('cegidRecruiting');
	const nodeType = loaded.nodeTypes.getByNameAndVersion(type, 1) as INodeType;
	const node: INode = {
		id: randomUUID(),
		name: 'Cegid Recruiting',
		type,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: seedCredentials(cegid.store, loaded.credentialTypes, cegid.credentials),
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
	const workflow = new Workflow({ id: workflowData.id, name: workflowData.name, nodes: [node], connections: {}, active: false, nodeTypes: loaded.nodeTypes });
	const executionId = randomUUID();
	const additionalData = createAdditionalData(
		new HarnessCredentialsHelper(loaded.credentialTypes, cegid.store),
		new ExecutionLifecycleHooks('internal', executionId, workflowData),
		executionId,
	);
	additionalData.currentNodeParameters = parameters;
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	const searches = (nodeType.methods?.listSearch ?? {}) as Record<string, ListSearchMethod>;
	if (!searches[method]) throw new Error(`The Cegid node has no list search "${method}"; it has ${Object.keys(searches).join(', ')}`);
	return await searches[method].call(context, search.filter, search.paginationToken);
}
