import type { ICredentialDataDecryptedObject, INode, INodeCredentials, INodeTypes } from 'n8n-workflow';

import type { CredentialStore } from './credential-store';
import type { HarnessCredentialTypes } from './credential-types';

export interface HarnessCredentials {
	[credentialType: string]: ICredentialDataDecryptedObject;
}

/** Puts the given credentials into the store and returns the `{type: {id, name}}` references nodes carry. */
export function seedCredentials(
	store: CredentialStore,
	credentialTypes: HarnessCredentialTypes,
	credentials: HarnessCredentials = {},
	credentialIds: { [credentialType: string]: string } = {},
): INodeCredentials {
	const references: INodeCredentials = {};
	for (const [type, data] of Object.entries(credentials)) {
		credentialTypes.getByName(type); // fails fast on a typo, listing the known types
		references[type] = store.seed(type, data, credentialIds[type]);
	}
	return references;
}

/** Points a node at the harness credentials of every type it declares or already references. */
export function attachCredentials(node: INode, references: INodeCredentials, nodeTypes: INodeTypes): INode {
	const declared = nodeTypes.getByNameAndVersion(node.type, node.typeVersion).description.credentials ?? [];
	const credentials = { ...node.credentials };
	for (const [type, reference] of Object.entries(references)) {
		const isDeclared = declared.some(({ name }) => name === type);
		if (isDeclared || credentials[type]) credentials[type] = reference;
	}
	return Object.keys(credentials).length > 0 ? { ...node, credentials } : node;
}
