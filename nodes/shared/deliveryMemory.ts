import { createHash } from 'crypto';
import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

/**
 * Deliveries one process remembers for all the triggers of one package together: each installed package has its own
 * copy of this module (and of this map), so the cap is per package, not per process.
 */
const MAX_IN_PROCESS = 20_000;
/** Deliveries one trigger keeps in the workflow's static data (which n8n saves in the database). */
const MAX_IN_STATIC_DATA = 5_000;
/** Where in the node's static data the memory lives. */
const STATIC_DATA_KEY = 'seenDeliveries';

/**
 * Delivery key (scoped to workflow and node) → epoch ms until which a repeat of it is refused. Module scope, so it
 * outlives one webhook call: n8n loads a workflow's static data afresh for every production webhook call and saves it
 * only after the node has answered, so a copy arriving meanwhile cannot see the first in static data. This map is
 * checked and set in one synchronous step, before the node answers, so in one process exactly one copy wins.
 */
const inProcess = new Map<string, number>();

/** A short, fixed-length form of a delivery key (keys may be long: bodies, signatures). */
export function deliveryDigest(...parts: Array<string | Buffer>): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\u0000');
	return hash.digest('base64url').slice(0, 32);
}

/**
 * The deliveries a webhook trigger has seen, keyed by what their signature covers (never by an unsigned header).
 * Held twice: in this process (synchronous, takes effect before the answer goes out) and in the node's static data
 * (so that a restart of n8n still remembers). Both are bounded in time (each entry until its own expiry) and size.
 * A delivery to the test URL (the editor listening, mode 'manual') is remembered apart, in this process only: a
 * provider sending the same event to both URLs must still start the production workflow.
 */
export class DeliveryMemory {
	private readonly scope: string;
	/** The node's static data in production; a throwaway object for a test event, which must not touch it. */
	private readonly staticData: IDataObject;

	constructor(context: IWebhookFunctions) {
		const workflowId = String(context.getWorkflow().id ?? '');
		const node = context.getNode();
		const testEvent = context.getMode() === 'manual';
		this.scope = `${testEvent ? 'test' : 'production'}\u0000${workflowId}\u0000${node.id ?? node.name}\u0000`;
		this.staticData = testEvent ? {} : context.getWorkflowStaticData('node');
	}

	/**
	 * True for the first sighting of `key`, which is then remembered until `rememberUntil` (epoch ms); false for a
	 * repeat still remembered. Synchronous on purpose: no other call can slip in between the check and the claim.
	 */
	claim(key: string, now: number, rememberUntil: number): boolean {
		const scoped = this.scope + key;
		const stored = this.stored();
		if ((inProcess.get(scoped) ?? 0) > now || (stored[key] ?? 0) > now) return false;
		rememberInProcess(scoped, rememberUntil, now);
		this.store(stored, key, rememberUntil, now);
		return true;
	}

	/** Forgets a claim whose delivery could not be handled, so that the sender's retry is not mistaken for a repeat. */
	release(key: string): void {
		inProcess.delete(this.scope + key);
		const stored = this.stored();
		delete stored[key];
		this.staticData[STATIC_DATA_KEY] = stored;
	}

	private stored(): Record<string, number> {
		const value = this.staticData[STATIC_DATA_KEY];
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
		return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
	}

	private store(stored: Record<string, number>, key: string, until: number, now: number): void {
		const live = Object.entries(stored).filter(([, expiry]) => expiry > now);
		// Oldest first as inserted; beyond the bound the earliest-expiring go first.
		const kept = live.length >= MAX_IN_STATIC_DATA ? live.sort((a, b) => a[1] - b[1]).slice(-(MAX_IN_STATIC_DATA - 1)) : live;
		this.staticData[STATIC_DATA_KEY] = { ...Object.fromEntries(kept), [key]: until };
	}
}

function rememberInProcess(scopedKey: string, until: number, now: number): void {
	if (inProcess.size >= MAX_IN_PROCESS) {
		for (const [key, expiry] of inProcess) if (expiry <= now) inProcess.delete(key);
		// Still full of live entries: drop the oldest claims (a Map iterates in insertion order).
		for (const key of inProcess.keys()) {
			if (inProcess.size < MAX_IN_PROCESS) break;
			inProcess.delete(key);
		}
	}
	inProcess.set(scopedKey, until);
}
