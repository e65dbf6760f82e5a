import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { N8nApi } from '../../scripts/n8n/api';
import { PROJECT_ROOT } from '../../scripts/n8n/paths';
import { freePort, portInUse } from '../../scripts/n8n/ports';
import { e2eContext } from './support/context';

const context = e2eContext();
const START_SCRIPT = join(PROJECT_ROOT, 'dist-tools', 'scripts', 'start.js');

interface StartRun {
	readonly child: ChildProcess;
	output(): string;
	waitFor(pattern: RegExp, timeoutMs: number): Promise<string>;
	exited: Promise<number | null>;
}

function runStart(args: string[], demoFolder: string): StartRun {
	const child = spawn(process.execPath, [START_SCRIPT, ...args], {
		cwd: PROJECT_ROOT,
		env: { ...process.env, N8N_RECRUITING_DEMO_FOLDER: demoFolder },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	const listeners = new Set<() => void>();
	const collect = (chunk: Buffer) => {
		output += chunk.toString();
		for (const listener of listeners) listener();
	};
	child.stdout?.on('data', collect);
	child.stderr?.on('data', collect);
	const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
	return {
		child,
		output: () => output,
		exited,
		waitFor: async (pattern, timeoutMs) =>
			await new Promise((resolve, reject) => {
				const check = () => {
					const match = pattern.exec(output);
					if (!match) return;
					listeners.delete(check);
					clearTimeout(timer);
					resolve(match[0]);
				};
				const timer = setTimeout(() => {
					listeners.delete(check);
					reject(new Error(`npm start did not print ${pattern} within ${timeoutMs / 1000} s. Output:\n${output}`));
				}, timeoutMs);
				listeners.add(check);
				void exited.then(() => setTimeout(check, 0));
				check();
			}),
	};
}

/** Processes whose working directory is inside `folder` (n8n and its task runners run there). */
function processesIn(folder: string): number[] {
	const found: number[] = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			if (readlinkSync(`/proc/${entry}/cwd`).startsWith(folder)) found.push(Number(entry));
		} catch {
			// Gone, or not ours to read.
		}
	}
	return found;
}

describe(`npm start (${context.target})`, () => {
	const demoFolder = mkdtempSync(join(tmpdir(), 'npm-start-'));
	let n8nPort: number;
	let sandboxPort: number;
	let run: StartRun;

	beforeAll(async () => {
		n8nPort = await freePort();
		sandboxPort = await freePort();
		run = runStart(['--port', String(n8nPort), '--sandbox-port', String(sandboxPort), '--n8n', context.target], demoFolder);
		await run.waitFor(/Press Ctrl-C to stop everything/, 240_000);
	});

	afterAll(async () => {
		if (run.child.exitCode === null) run.child.kill('SIGKILL');
		rmSync(demoFolder, { recursive: true, force: true });
	});

	it('prints the editor URL and a login that works, with the examples imported and the trigger ones active', async () => {
		const output = run.output();
		expect(output).toContain(`Editor:   http://127.0.0.1:${n8nPort}`);
		const login = /Login:\s+(\S+)\s+\/\s+(\S+)/.exec(output);
		expect(login).not.toBeNull();

		const editor = await fetch(`http://127.0.0.1:${n8nPort}/`);
		expect(editor.status).toBe(200);
		expect(await editor.text()).toContain('<html');

		const api = new N8nApi(`http://127.0.0.1:${n8nPort}`);
		await api.login({ email: login![1], password: login![2], firstName: '', lastName: '' });
		const workflows = await api.rest<Array<{ name: string; active: boolean }>>('GET', '/rest/workflows');
		expect(workflows.map((workflow) => workflow.name).sort()).toEqual(context.provisioned.examples.map((example) => example.name).sort());
		expect(workflows.filter((workflow) => workflow.active)).toHaveLength(context.provisioned.examples.filter((example) => example.active).length);
		const credentials = await api.rest<Array<{ name: string }>>('GET', '/rest/credentials');
		expect(credentials.map((credential) => credential.name)).toEqual(
			expect.arrayContaining(['Jobcase (sandbox)', 'Cegid Recruiting (sandbox)', 'Jobtrain (sandbox)', 'NHSJob API key (sandbox)']),
		);
		expect(await portInUse(sandboxPort)).toBe(true);
	});

	it('refuses a second start on a port in use, saying which port and how to choose another', async () => {
		const second = runStart(['--port', String(n8nPort), '--sandbox-port', String(await freePort()), '--n8n', context.target], demoFolder);
		expect(await second.exited).toBe(1);
		expect(second.output()).toContain(`Port ${n8nPort} is already in use`);
		expect(second.output()).toContain('--port');
	});

	it('stops n8n, its task runners and the sandbox on Ctrl-C, leaving no process behind', async () => {
		expect(processesIn(demoFolder).length).toBeGreaterThan(0);
		run.child.kill('SIGINT');
		expect(await run.exited).toBe(0);
		expect(run.output()).toContain('Stopped.');
		expect(processesIn(demoFolder)).toEqual([]);
		expect(await portInUse(n8nPort)).toBe(false);
		expect(await portInUse(sandboxPort)).toBe(false);
	});
});
