import type { ApiClient } from './transport/apiClient';

const AFTER_ITEMS = 'afterItems';

/**
 * Work to do once every item of the execution has run (or the execution failed), e.g. saving an index into the
 * workflow's static data once rather than after every item. Registered once per `name`.
 */
export function afterItems(client: ApiClient, name: string, work: () => void): void {
	let registered = client.memo.get(AFTER_ITEMS) as Map<string, () => void> | undefined;
	if (!registered) client.memo.set(AFTER_ITEMS, (registered = new Map()));
	if (!registered.has(name)) registered.set(name, work);
}

/** Runs what `afterItems` registered. */
export function runAfterItems(client: ApiClient): void {
	const registered = client.memo.get(AFTER_ITEMS) as Map<string, () => void> | undefined;
	for (const work of registered?.values() ?? []) work();
}
