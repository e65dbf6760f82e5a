import { type ChildProcess, spawn } from 'node:child_process';

export interface CpuLoad {
	/** Ends the busy processes (each also ends by itself after `maxMs`). */
	stop(): Promise<void>;
}

/**
 * Keeps `processes` CPU cores busy with Node busy loops, so that n8n answers webhooks slowly and out of step, as on
 * a loaded server. Each loop ends on its own after `maxMs`, so a crashed test run leaves nothing spinning.
 */
export function startCpuLoad(processes: number, maxMs: number): CpuLoad {
	const children: ChildProcess[] = [];
	for (let index = 0; index < processes; index++) {
		const child = spawn(process.execPath, ['-e', `const end = Date.now() + ${Math.round(maxMs)}; while (Date.now() < end) {}`], { stdio: 'ignore' });
		children.push(child);
	}
	return {
		async stop() {
			await Promise.all(
				children.map(
					async (child) =>
						await new Promise<void>((resolve) => {
							if (child.exitCode !== null || child.signalCode !== null) return resolve();
							child.once('exit', () => resolve());
							child.kill('SIGKILL');
						}),
				),
			);
		},
	};
}
