import type { ICredentialType, ICredentialTypeData, ICredentialTypes, INodeProperties } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

/** The credential types of one loaded package. Parents outside it (e.g. n8n's oAuth2Api) are known by name only. */
export class HarnessCredentialTypes implements ICredentialTypes {
	constructor(private readonly loaded: ICredentialTypeData) {}

	recognizes(type: string): boolean {
		return type in this.loaded;
	}

	getByName(type: string): ICredentialType {
		const entry = this.loaded[type];
		if (!entry) {
			throw new Error(`Unknown credential type "${type}". Known: ${Object.keys(this.loaded).join(', ')}`);
		}
		return entry.type;
	}

	getSupportedNodes(type: string): string[] {
		return this.loaded[type]?.type.supportedNodes ?? [];
	}

	getParentTypes(type: string): string[] {
		const parents = this.loaded[type]?.type.extends ?? [];
		return parents.flatMap((parent) => [parent, ...this.getParentTypes(parent)]);
	}

	/** True when some ancestor is not in the package (e.g. n8n's oAuth2Api), so its properties are unknown here. */
	hasUnknownAncestor(type: string): boolean {
		return this.getParentTypes(type).some((parent) => !this.recognizes(parent));
	}

	/** Own properties merged over those of known parents, as n8n presents them. */
	getProperties(type: string): INodeProperties[] {
		const credentialType = this.getByName(type);
		const combined: INodeProperties[] = [];
		for (const parent of credentialType.extends ?? []) {
			if (this.recognizes(parent)) NodeHelpers.mergeNodeProperties(combined, this.getProperties(parent));
		}
		NodeHelpers.mergeNodeProperties(combined, credentialType.properties);
		return combined;
	}
}
