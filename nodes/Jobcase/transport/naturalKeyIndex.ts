import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INode, JsonObject } from 'n8n-workflow';

import { afterItems } from '../../shared/afterItems';
import type { ApiClient } from '../../shared/transport/apiClient';
import type { JobcaseEndpoint } from '../jobcase.api';
import { collectJobcaseList } from './listPage';

/** Which records to index and by what: the key must be readable from a listed record and from a request body alike. */
export interface NaturalKeySpec {
	/** Where the index is kept in `client.memo` for the rest of the execution, and in the node's static data. */
	memoKey: string;
	/** The list endpoint that returns every record of the kind. */
	endpoint: JobcaseEndpoint;
	/** Query filters that make the list complete. */
	filters?: IDataObject;
	/**
	 * Lists every record instead of one pass over `endpoint` with `filters` (e.g. jobs of every status); with
	 * `postedFrom`, only those posted since then. `notes` is kept with the index between executions.
	 */
	list?(client: ApiClient<JobcaseEndpoint>, itemIndex: number, notes: IDataObject, postedFrom?: string): Promise<IDataObject[]>;
	keyOf(record: IDataObject): string;
	/** Whether a listed record is expired: an active record wins a key an expired one shares. */
	isExpired?(record: IDataObject): boolean;
	/**
	 * When a listed record was posted (ms since the epoch, by the server's clock), for lists that `list` can read from a
	 * posting time on. Without it, bringing a remembered index up to date lists every record again.
	 */
	postedAtOf?(record: IDataObject): number | undefined;
	/**
	 * Jobcase refuses to create a second record with this key (companies: "company with this partnerCompanyId already
	 * exists"), and `recover` then finds the record: a key a remembered index lacks is created without a read first.
	 */
	refusesDuplicates?: boolean;
}

interface Entry {
	id: number;
	expired: boolean;
}

/**
 * Natural key → Jobcase ID (and whether that record is expired). Callers add the records they create so that
 * later items find them.
 */
export class NaturalKeyIndex {
	readonly entries = new Map<string, Entry>();
	/** Keys this execution created after the index was read, with the sequence number of each creation. */
	readonly learned = new Map<string, number>();
	/** Kept with the index between executions (e.g. whether Jobcase honours `status=all`). */
	notes: IDataObject = {};
	/** The creation sequence number when the index was last listed or brought up to date. */
	readAt = sequence;
	/** When the whole list was last read (this machine's clock, ms). */
	listedAt = Date.now();
	/** The latest posting time a listing showed (server clock, ms): only records posted since may be missing. */
	watermark?: number;
	/** Read from the workflow's static data and not yet brought up to date in this execution. */
	behind = false;

	get(key: string): number | undefined {
		return this.entries.get(key)?.id;
	}

	isExpired(key: string): boolean {
		return this.entries.get(key)?.expired === true;
	}

	/** A listed record: it takes its key unless an active record of another ID already holds the key and it is expired. */
	add(key: string, id: number, expired: boolean): void {
		const current = this.entries.get(key);
		if (current && current.id !== id && !current.expired && expired) return;
		this.entries.set(key, { id, expired });
	}
}

/** How far before the latest posting time seen a later read starts: records committed late, clocks of several servers. */
export const CATCH_UP_OVERLAP_MS = 10 * 60_000;
/** A remembered index is listed again in full after this long, so that records renamed or deleted outside n8n drop out. */
export const INDEX_MAX_AGE_MS = 24 * 60 * 60_000;
/** Larger indexes are not kept in the workflow's static data (each execution then lists everything, as before). */
export const MAX_REMEMBERED_KEYS = 50_000;
const STATIC_DATA_KEY = 'jobcaseNaturalKeys';

/** What the node's static data keeps per index: key → ID, negative for an expired record. */
interface RememberedIndex {
	scope: string;
	listedAt: number;
	watermark?: number;
	notes: IDataObject;
	keys: Record<string, number>;
}

/**
 * Where the index lives between executions: the node's static data, which n8n saves after a production execution
 * (an active workflow started by its trigger or webhook) but not after a manual one from the editor. Manual
 * executions therefore list every record, as they always did.
 */
function staticDataOf(context: IExecuteFunctions): IDataObject | undefined {
	if (context.getMode() === 'manual') return undefined;
	return context.getWorkflowStaticData('node');
}

function remembered(context: IExecuteFunctions, spec: NaturalKeySpec, scope: string): NaturalKeyIndex | undefined {
	const stored = (staticDataOf(context)?.[STATIC_DATA_KEY] as IDataObject | undefined)?.[spec.memoKey] as RememberedIndex | undefined;
	if (!stored || stored.scope !== scope || typeof stored.keys !== 'object' || stored.keys === null) return undefined;
	if (!(Date.now() - stored.listedAt < INDEX_MAX_AGE_MS)) return undefined;
	const index = new NaturalKeyIndex();
	for (const [key, id] of Object.entries(stored.keys)) index.entries.set(key, { id: Math.abs(id), expired: id < 0 });
	index.notes = { ...(stored.notes ?? {}) };
	index.listedAt = stored.listedAt;
	index.watermark = typeof stored.watermark === 'number' ? stored.watermark : undefined;
	index.behind = true;
	return index;
}

/** Saves the execution's index (as it is once every item has run) into the node's static data. */
function rememberAfterItems(context: IExecuteFunctions, client: ApiClient<JobcaseEndpoint>, spec: NaturalKeySpec, scope: string): void {
	const staticData = staticDataOf(context);
	if (!staticData) return;
	afterItems(client as ApiClient, spec.memoKey, () => {
		const index = client.memo.get(spec.memoKey) as NaturalKeyIndex | undefined;
		if (!index) return;
		// Assigned, not changed in place: n8n saves static data only when told, by a write, that it changed.
		const kept = { ...((staticData[STATIC_DATA_KEY] as IDataObject | undefined) ?? {}) };
		if (index.entries.size > MAX_REMEMBERED_KEYS) delete kept[spec.memoKey];
		else {
			const snapshot: RememberedIndex = {
				scope,
				listedAt: index.listedAt,
				...(index.watermark === undefined ? {} : { watermark: index.watermark }),
				notes: index.notes,
				keys: Object.fromEntries([...index.entries].map(([key, entry]) => [key, entry.expired ? -entry.id : entry.id])),
			};
			kept[spec.memoKey] = snapshot as unknown as IDataObject;
		}
		staticData[STATIC_DATA_KEY] = kept;
	});
}

async function listRecords(client: ApiClient<JobcaseEndpoint>, spec: NaturalKeySpec, itemIndex: number, notes: IDataObject, postedFrom?: string) {
	if (spec.list) return await spec.list(client, itemIndex, notes, postedFrom);
	const filters = { ...(spec.filters ?? {}), ...(postedFrom === undefined ? {} : { from: postedFrom }) };
	return await collectJobcaseList(client, spec.endpoint, { returnAll: true, maxPageSize: client.provider.maxPageSize }, filters, itemIndex);
}

/** Adds listed records and moves the watermark to the latest posting time they show (never past this machine's now). */
function absorb(index: NaturalKeyIndex, spec: NaturalKeySpec, records: IDataObject[], fullListing: boolean): void {
	let latest = fullListing ? undefined : index.watermark;
	let readable = spec.postedAtOf !== undefined && (records.length > 0 || !fullListing);
	for (const record of records) {
		index.add(spec.keyOf(record), Number(record.id), spec.isExpired?.(record) ?? false);
		const postedAt = spec.postedAtOf?.(record);
		if (postedAt === undefined || !Number.isFinite(postedAt)) readable = false;
		else latest = Math.max(latest ?? postedAt, postedAt);
	}
	// Without a posting time on every record (or with no record at all), the next catch-up lists everything again.
	index.watermark = readable && latest !== undefined ? Math.min(latest, Date.now()) : undefined;
}

/**
 * Jobcase has no lookup by the partner's own identifiers, so Create or Update indexes the records by natural key.
 * The index is read once per execution: from the node's static data when an earlier production execution left one
 * (less than a day old, for this credential and partner), else by listing every record. `refresh: 'full'` lists
 * again; `refresh: 'catch-up'` brings the index up to date: with posting times (jobs), by listing only the records
 * posted since the latest posting time it has seen (less an overlap), else by listing everything.
 */
export async function naturalKeyIndex(
	context: IExecuteFunctions,
	client: ApiClient<JobcaseEndpoint>,
	spec: NaturalKeySpec,
	scope: string,
	itemIndex: number,
	refresh?: 'full' | 'catch-up',
): Promise<NaturalKeyIndex> {
	let index = client.memo.get(spec.memoKey) as NaturalKeyIndex | undefined;
	if (!index && !refresh) {
		index = remembered(context, spec, scope);
		if (index) {
			client.memo.set(spec.memoKey, index);
			rememberAfterItems(context, client, spec, scope);
			return index;
		}
	}
	if (index && !refresh) return index;
	// Creations from here on may be missing from the listing: the index counts as read before they happened.
	const readAt = sequence;
	if (index && refresh === 'catch-up' && spec.postedAtOf && index.watermark !== undefined) {
		const postedFrom = new Date(index.watermark - CATCH_UP_OVERLAP_MS).toISOString();
		absorb(index, spec, await listRecords(client, spec, itemIndex, index.notes, postedFrom), false);
	} else {
		const notes = index?.notes ?? {};
		index = new NaturalKeyIndex();
		index.notes = notes;
		index.listedAt = Date.now();
		absorb(index, spec, await listRecords(client, spec, itemIndex, notes), true);
	}
	index.readAt = readAt;
	index.learned.clear();
	index.behind = false;
	client.memo.set(spec.memoKey, index);
	rememberAfterItems(context, client, spec, scope);
	return index;
}

/*
 * Create or Update is find-then-write: two executions (or two items of parallel runs) with the same
 * natural key could both find nothing and both create. So in this process every find-then-write on one
 * key (per credential and partner) runs under a lock, and each creation is recorded: an execution that
 * holds the lock and whose index predates another execution's creation of that key brings it up to date
 * before deciding. Executions in other processes (queue-mode workers) are not covered: the Company path
 * still falls back on Jobcase's own refusal of a duplicate Partner Company ID.
 */

/** Increases with every record created under a lock; an index remembers the value it was read at. */
let sequence = 0;
/** Scope (credential, partner, kind) → natural key → sequence number of its latest creation in this process. */
const creations = new Map<string, Map<string, number>>();
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

const isNotFound = (error: unknown) => (error as { httpCode?: string }).httpCode === '404';

/**
 * Find-then-write on one natural key, serialised in this process per credential, partner and key.
 *
 * A key the index holds is updated by its ID: one request. A key it lacks (or holds for an expired job only) is
 * first looked for among the records created since the index was last brought up to date, once per execution:
 * for jobs, one read of the jobs posted since then. Companies are created straight away: Jobcase refuses a second
 * company with the same Partner Company ID, and that refusal lists the companies and updates the one found. Inside
 * the lock the index is
 * also brought up to date when another execution has created this key since it was read, so parallel runs leave
 * one record, not two. An update Jobcase answers with 404 (the record was deleted) lists every record again and
 * updates the record now holding the key, or creates it.
 */
export async function upsertByNaturalKey(
	context: IExecuteFunctions,
	client: ApiClient<JobcaseEndpoint>,
	spec: NaturalKeySpec,
	key: string,
	itemIndex: number,
	actions: UpsertActions,
): Promise<IDataObject> {
	const node = context.getNode();
	const scope = await scopeOf(client, node, spec);
	return await withLock(JSON.stringify([scope, key]), async () => {
		let index = await naturalKeyIndex(context, client, spec, scope, itemIndex);
		const createdAt = creations.get(scope)?.get(key);
		if (createdAt !== undefined && createdAt > (index.learned.get(key) ?? index.readAt)) {
			index = await naturalKeyIndex(context, client, spec, scope, itemIndex, 'catch-up');
		} else if (index.behind && !spec.refusesDuplicates && (index.get(key) === undefined || index.isExpired(key))) {
			index = await naturalKeyIndex(context, client, spec, scope, itemIndex, 'catch-up');
		}
		const existingId = index.get(key);
		if (existingId !== undefined) {
			try {
				return await actions.update(existingId);
			} catch (error) {
				// NodeApiError hands back the same error instance when given one.
				if (!isNotFound(error)) throw new NodeApiError(node, error as JsonObject);
				index = await naturalKeyIndex(context, client, spec, scope, itemIndex, 'full');
				const currentId = index.get(key);
				if (currentId === existingId) throw new NodeApiError(node, error as JsonObject);
				if (currentId !== undefined) return await actions.update(currentId);
			}
		}

		let created: IDataObject;
		try {
			created = await actions.create();
		} catch (error) {
			// NodeApiError hands back the same error instance when given one.
			if (!actions.recover) throw new NodeApiError(node, error as JsonObject);
			return await actions.update(
				await actions.recover(error, async () => (index = await naturalKeyIndex(context, client, spec, scope, itemIndex, 'full'))),
			);
		}
		sequence++;
		index.entries.set(key, { id: Number(created.id), expired: false });
		index.learned.set(key, sequence);
		let scoped = creations.get(scope);
		if (!scoped) creations.set(scope, (scoped = new Map()));
		scoped.set(key, sequence);
		return created;
	});
}
