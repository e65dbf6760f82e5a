import type { IDataObject, INodeType, INodeTypes, IVersionedNodeType } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

/** INodeTypes over full type names (`<package>.<node>`), as n8n's NodeTypes service provides them. */
export class HarnessNodeTypes implements INodeTypes {
	constructor(private readonly types: ReadonlyMap<string, INodeType | IVersionedNodeType>) {}

	getByName(nodeType: string): INodeType | IVersionedNodeType {
		const type = this.types.get(nodeType);
		if (!type) {
			throw new Error(`Unknown node type "${nodeType}". Known: ${[...this.types.keys()].join(', ')}`);
		}
		return type;
	}

	getByNameAndVersion(nodeType: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(nodeType), version);
	}

	getKnownTypes(): IDataObject {
		return {};
	}
}
