import { randomUUID } from 'node:crypto';
import type { ICredentialDataDecryptedObject, INodeCredentialsDetails } from 'n8n-workflow';
import { deepCopy } from 'n8n-workflow';

export interface StoredCredential {
	id: string;
	name: string;
	type: string;
	data: ICredentialDataDecryptedObject;
}

/**
 * Decrypted credential records by id, standing in for n8n's credentials table.
 * Everything handed out or taken in is copied, as a database round trip would.
 */
export class CredentialStore {
	private readonly records = new Map<string, StoredCredential>();

	private readonly idsByType = new Map<string, string>();

	/**
	 * Writes `data` over the record for `type` and returns the reference a node carries.
	 * Fields not given (e.g. a token persisted by preAuthentication) are kept.
	 * Without `id`, the store reuses the id it gave this type before, so runs sharing a store share the credential.
	 */
	seed(type: string, data: ICredentialDataDecryptedObject, id?: string): INodeCredentialsDetails {
		const credentialId = id ?? this.idsByType.get(type) ?? randomUUID();
		if (!this.idsByType.has(type)) this.idsByType.set(type, credentialId);
		const existing = this.records.get(credentialId);
		if (existing && existing.type !== type) {
			throw new Error(`Credential id "${credentialId}" is already used by type "${existing.type}"`);
		}
		const name = existing?.name ?? `${type} (harness)`;
		this.records.set(credentialId, {
			id: credentialId,
			name,
			type,
			data: { ...(existing?.data ?? {}), ...deepCopy(data) },
		});
		return { id: credentialId, name };
	}

	get(id: string): StoredCredential | undefined {
		const record = this.records.get(id);
		return record && deepCopy(record);
	}

	/** The record the store uses for `type` by default (the first one seeded for it). */
	findByType(type: string): StoredCredential | undefined {
		const id = this.idsByType.get(type);
		return id === undefined ? undefined : this.get(id);
	}

	getData(id: string, type: string): ICredentialDataDecryptedObject {
		const record = this.records.get(id);
		if (!record) throw new Error(`Credential with ID "${id}" does not exist for type "${type}".`);
		if (record.type !== type) {
			throw new Error(`Credential with ID "${id}" is of type "${record.type}", not "${type}".`);
		}
		return deepCopy(record.data);
	}

	update(id: string, type: string, data: ICredentialDataDecryptedObject): void {
		const record = this.records.get(id);
		if (!record || record.type !== type) {
			throw new Error(`Cannot update credential "${id}" of type "${type}": it does not exist.`);
		}
		record.data = deepCopy(data);
	}
}
