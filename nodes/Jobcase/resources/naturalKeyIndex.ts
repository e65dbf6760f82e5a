import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, INode, JsonObject } from 'n8n-workflow';

import type { ApiClient } from '../../shared/transport/apiClient';
import type { JobcaseEndpoint } from '../jobcase.api';
import { collectJobcaseList } from './listPage';

/** Which records to index and by what: the key must be readable from a listed record and from a request body alike. */
export interface NaturalKeySpec {
	/** Where the index is kept in `client.memo` for the rest of the execution. */
	memoKey: string;
	/** The list endpoint that returns every record of the kind. */
	endpoint: JobcaseEndpoint;
	/** Query filters that make the list complete. */
	filters?: IDataObject;
	/** Lists every record instead of one pass over `endpoint` with `filters` (e.g. jobs of every status). */
	list?(client: ApiClient<JobcaseEndpoint>, itemIndex: number): Promise<IDataObject[]>;
	keyOf(record: IDataObject): string;
}

/** Natural key → Jobcase ID. Callers add the records they create so that later items find them. */
export type NaturalKeyIndex = Map<string, number>;

/**
 * Jobcase has no lookup by the partner's own identifiers, so Create or Update lists the records once per
 * execution (on the first item that needs them) and indexes them by natural key; later items reuse the
 * index from `client.memo`. `refresh` lists again, e.g. when the API says a record exists that the index
 * has not seen. When several listed records share a key, the last listed one wins.
 */
export async function naturalKeyIndex(
	client: ApiClient<JobcaseEndpoint>,
	spec: NaturalKeySpec,
	itemIndex: number,
	refresh = false,
): Promise<NaturalKeyIndex> {
	const cached = client.memo.get(spec.memoKey) as NaturalKeyIndex | undefined;
	if (cached && !refresh) return cached;
	// Creations from here on may be missing from the listing: the index counts as read before they happened.
	const listedFrom = sequence;
	const records = spec.list
		? await spec.list(client, itemIndex)
		: await collectJobcaseList(client, spec.endpoint, { returnAll: true, maxPageSize: client.provider.maxPageSize }, spec.filters ?? {}, itemIndex);
	const index: NaturalKeyIndex = new Map(records.map((record) => [spec.keyOf(record), Number(record.id)]));
	known.set(index, { builtAt: listedFrom, keys: new Map() });
	client.memo.set(spec.memoKey, index);
	return index;
}

/*
 * Create or Update is find-then-write: two executions (or two items of parallel runs) with the same
 * natural key could both find nothing and both create. So in this process every find-then-write on one
 * key (per credential and partner) runs under a lock, and each creation is recorded: an execution that
 * holds the lock and whose index predates another execution's creation of that key lists again before
 * deciding. Executions in other processes (queue-mode workers) are not covered: the Company path still
 * falls back on Jobcase's own refusal of a duplicate Partner Company ID.
 */

/** Increases with every record created under a lock; an index remembers the value it was built at. */
let sequence = 0;
/** Scope (credential, partner, kind) → natural key → sequence number of its latest creation in this process. */
const creations = new Map<string, Map<string, number>>();
/** Per index: when it was listed, and keys it learned of later (its own creations) with their sequence number. */
const known = new WeakMap<NaturalKeyIndex, { builtAt: number; keys: Map<string, number> }>();
/** Lock key → the tail of its queue. */
const locks = new Map<string, Promise<void>>();

async function withLock<T>(lockKey: string, work: () => Promise<T>): Promise<T> {
	const previous = locks.get(lockKey) ?? Promise.resolve();
	let release!: () => void;
	const mine = new Promise<void>((resolve) => {
		release = resolve;
	});
	const tail = previous.then(async () => await mine);
	locks.set(lockKey, tail);
	await previous;
	try {
		return await work();
	} finally {
		release();
		if (locks.get(lockKey) === tail) locks.delete(lockKey);
	}
}

/** Credential, base URL and partner: records of one Jobcase account. */
async function scopeOf(client: ApiClient<JobcaseEndpoint>, node: INode, spec: NaturalKeySpec): Promise<string> {
	const credential = node.credentials?.[client.provider.credentialType];
	return JSON.stringify([credential?.id ?? credential?.name ?? '', await client.baseUrl(), String(await client.setting('partnerId')), spec.memoKey]);
}

export interface UpsertActions {
	update(id: number): Promise<IDataObject>;
	create(): Promise<IDataObject>;
	/** When creating fails: the ID to update instead (e.g. after the API reports a duplicate); throws otherwise. */
	recover?(error: unknown, refreshed: () => Promise<NaturalKeyIndex>): Promise<number>;
}

/**
 * Find-then-write on one natural key, serialised in this process per credential, partner and key. Inside
 * the lock the execution's index is listed again when another execution has created this key since the
 * index was read, so parallel runs leave one record, not two.
 */
export async function upsertByNaturalKey(
	client: ApiClient<JobcaseEndpoint>,
	node: INode,
	spec: NaturalKeySpec,
	key: string,
	itemIndex: number,
	actions: UpsertActions,
): Promise<IDataObject> {
	const scope = await scopeOf(client, node, spec);
	return await withLock(JSON.stringify([scope, key]), async () => {
		let index = await naturalKeyIndex(client, spec, itemIndex);
		const createdAt = creations.get(scope)?.get(key);
		const state = known.get(index);
		if (createdAt !== undefined && createdAt > (state?.keys.get(key) ?? state?.builtAt ?? -1)) {
			index = await naturalKeyIndex(client, spec, itemIndex, true);
		}
		const existingId = index.get(key);
		if (existingId !== undefined) return await actions.update(existingId);

		let created: IDataObject;
		try {
			created = await actions.create();
		} catch (error) {
			// NodeApiError hands back the same error instance when given one.
			if (!actions.recover) throw new NodeApiError(node, error as JsonObject);
			return await actions.update(await actions.recover(error, async () => (index = await naturalKeyIndex(client, spec, itemIndex, true))));
		}
		sequence++;
		index.set(key, Number(created.id));
		known.get(index)?.keys.set(key, sequence);
		let scoped = creations.get(scope);
		if (!scoped) creations.set(scope, (scoped = new Map()));
		scoped.set(key, sequence);
		return created;
	});
}
