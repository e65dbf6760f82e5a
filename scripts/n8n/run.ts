import { spawn } from 'node:child_process';
import type { SpawnOptions } from 'node:child_process';

export interface RunResult {
	readonly code: number;
	readonly stdout: string;
	readonly stderr: string;
}

/** Runs a command to completion and collects its output; never throws on a non-zero exit. */
export async function run(command: string, args: readonly string[], options: SpawnOptions = {}): Promise<RunResult> {
	return await new Promise((resolve, reject) => {
		const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
	});
}

/** Runs a command and throws with the tail of its output when it fails. */
export async function runOrThrow(command: string, args: readonly string[], options: SpawnOptions = {}): Promise<RunResult> {
	const result = await run(command, args, options);
	if (result.code !== 0) {
		const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-25).join('\n');
		throw new Error(`\`${command} ${args.join(' ')}\` failed (exit ${result.code}):\n${tail}`);
	}
	return result;
}

/** Prints "still working" every `everySeconds` while `work` runs, so a long first install never looks stuck. */
export async function withProgress<T>(label: string, work: Promise<T>, everySeconds = 20): Promise<T> {
	const started = Date.now();
	console.log(`${label} ...`);
	const timer = setInterval(() => {
		console.log(`  ... ${label}: ${Math.round((Date.now() - started) / 1000)} s`);
	}, everySeconds * 1000);
	try {
		const result = await work;
		console.log(`${label}: done in ${Math.round((Date.now() - started) / 1000)} s`);
		return result;
	} finally {
		clearInterval(timer);
	}
}
