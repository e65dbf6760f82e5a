import * as n8nWorkflow from 'n8n-workflow';

type SleepWithAbort = (ms: number, abortSignal?: AbortSignal) => Promise<void>;

/**
 * Runs `work` with a signal that aborts after `ms`, and answers 'expired' at that moment whatever `work`
 * is doing (a body that arrives one byte at a time included: axios' `timeout` only notices an idle
 * socket). `outer` (the execution's cancel signal) aborts the work too. The timer is cleared as soon as
 * the work ends, on n8n versions with `sleepWithAbort`; n8n 1.x has none, and there the timer runs out on
 * its own, harmlessly, after the work has ended.
 */
export async function withDeadline<T>(ms: number, work: (signal: AbortSignal) => Promise<T>, outer?: AbortSignal): Promise<T | 'expired'> {
	const deadline = new AbortController();
	const disarm = new AbortController();
	const onOuterAbort = () => deadline.abort();
	if (outer?.aborted) deadline.abort();
	outer?.addEventListener('abort', onOuterAbort, { once: true });
	try {
		const first = await Promise.race([work(deadline.signal).then((value) => ({ value })), expiry(ms, disarm.signal)]);
		if (first === 'expired') {
			deadline.abort();
			return 'expired';
		}
		return first === 'disarmed' ? 'expired' : first.value;
	} finally {
		disarm.abort();
		outer?.removeEventListener('abort', onOuterAbort);
	}
}

async function expiry(ms: number, disarm: AbortSignal): Promise<'expired' | 'disarmed'> {
	const sleepWithAbort = (n8nWorkflow as { sleepWithAbort?: SleepWithAbort }).sleepWithAbort;
	const timer = typeof sleepWithAbort === 'function' ? sleepWithAbort(ms, disarm) : n8nWorkflow.sleep(ms);
	return await timer.then(
		() => (disarm.aborted ? 'disarmed' : 'expired'),
		() => 'disarmed' as const,
	);
}
