import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Waits `ms`, or rejects early when `signal` aborts (the server is closing), so no timer outlives the server.
 */
export async function delay(ms: number, signal: AbortSignal): Promise<void> {
	if (ms <= 0) return;
	await sleep(ms, undefined, { signal });
}
