import { readFileSync } from 'node:fs';

/** The last lines n8n wrote to its log, for failure messages. */
export function logTail(logFile: string, lines = 40): string {
	try {
		return readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
	} catch {
		return '(n8n has not written its log yet)';
	}
}

export interface WaitOptions {
	/** How long to keep trying before failing. */
	readonly timeoutMs: number;
	/** Pause between attempts. */
	readonly intervalMs?: number;
	/** n8n's log file: its tail goes into the failure message. */
	readonly logFile?: string;
}

/**
 * Asks `probe` until it answers something other than undefined, and returns that. Past the deadline it fails with
 * what it waited for, what the last attempt saw (`describe`, or the probe's last error) and the tail of n8n's log.
 * A deadline, not a timing assertion: it only bounds how long a broken run takes to fail.
 */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, options: WaitOptions, describe?: () => string | Promise<string>): Promise<T> {
	const deadline = Date.now() + options.timeoutMs;
	let lastError: unknown;
	for (;;) {
		try {
			const value = await probe();
			if (value !== undefined) return value;
			lastError = undefined;
		} catch (error) {
			lastError = error;
		}
		if (Date.now() >= deadline) break;
		await delay(Math.min(options.intervalMs ?? 500, Math.max(0, deadline - Date.now())));
	}
	const seen = describe ? await describe() : undefined;
	const parts = [`Waited ${Math.round(options.timeoutMs / 1000)} s for ${what}, in vain.`];
	if (seen) parts.push(`Last seen: ${seen}`);
	if (lastError) parts.push(`Last attempt failed: ${lastError instanceof Error ? lastError.message : String(lastError)}`);
	if (options.logFile) parts.push(`Tail of n8n's log (${options.logFile}):\n${logTail(options.logFile)}`);
	throw new Error(parts.join('\n'));
}

export function delay(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
