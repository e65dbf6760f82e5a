import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { N8nInstall } from './install';
import { freePort } from './ports';
import { run } from './run';
import type { RunResult } from './run';

export interface N8nInstanceOptions {
	readonly install: N8nInstall;
	readonly userFolder: string;
	/** Editor and webhook port; a free one when left out. */
	readonly port?: number;
	/** Extra environment, e.g. N8N_DEV_RELOAD for development. */
	readonly env?: Record<string, string>;
	/**
	 * Which n8n process: `start` (the main: editor, API, activation, polls), or in queue mode `worker` (runs
	 * executions) or `webhook` (a webhook processor, production webhooks only). `start` when left out.
	 */
	readonly command?: 'start' | 'worker' | 'webhook';
	/** Extra command-line arguments, e.g. `--concurrency=5` for a worker. */
	readonly args?: readonly string[];
	/** The task broker's port; a free one when left out. */
	readonly brokerPort?: number;
	/** A worker's health-check port (`QUEUE_HEALTH_CHECK_PORT`), which is how it tells it is ready. */
	readonly healthPort?: number;
	/** Log file name inside the user folder; `n8n.log` when left out (processes sharing a user folder need their own). */
	readonly logName?: string;
}

const READY_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 20_000;

/** One real n8n (`n8n start`) on 127.0.0.1, with its own user folder, logging to `<user folder>/n8n.log`. */
export class N8nInstance {
	readonly url: string;
	readonly logFile: string;
	private child?: ChildProcess;
	private exited?: Promise<void>;

	private constructor(
		private readonly options: N8nInstanceOptions,
		readonly port: number,
		private readonly brokerPort: number,
	) {
		this.url = `http://127.0.0.1:${port}`;
		this.logFile = join(options.userFolder, options.logName ?? 'n8n.log');
	}

	static async create(options: N8nInstanceOptions): Promise<N8nInstance> {
		mkdirSync(options.userFolder, { recursive: true });
		return new N8nInstance(options, options.port ?? (await freePort()), options.brokerPort ?? (await freePort()));
	}

	get command(): 'start' | 'worker' | 'webhook' {
		return this.options.command ?? 'start';
	}

	get version(): string {
		return this.options.install.version;
	}

	/** The environment every n8n process of this instance runs with (server and CLI alike). */
	environment(): NodeJS.ProcessEnv {
		return {
			...process.env,
			NODE_OPTIONS: '',
			N8N_USER_FOLDER: this.options.userFolder,
			N8N_PORT: String(this.port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			N8N_PROTOCOL: 'http',
			WEBHOOK_URL: `${this.url}/`,
			N8N_EDITOR_BASE_URL: `${this.url}/`,
			N8N_SECURE_COOKIE: 'false',
			N8N_RUNNERS_BROKER_PORT: String(this.brokerPort),
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
			N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
			DB_SQLITE_POOL_SIZE: '2',
			...(this.options.healthPort === undefined
				? {}
				: { QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(this.options.healthPort), N8N_WORKER_SERVER_ADDRESS: '127.0.0.1' }),
			...this.options.env,
		};
	}

	/** Starts `n8n start` (or the worker or webhook processor) and waits until its readiness check answers. */
	async start(): Promise<void> {
		if (this.child) throw new Error('n8n is already running');
		const log = createWriteStream(this.logFile, { flags: 'a' });
		const child = spawn(this.options.install.nodeBinary, [this.options.install.bin, this.command, ...(this.options.args ?? [])], {
			env: this.environment(),
			cwd: this.options.userFolder,
			stdio: ['ignore', 'pipe', 'pipe'],
			// Its own process group, so that stop() also ends the task runners n8n starts.
			detached: true,
		});
		child.stdout?.pipe(log);
		child.stderr?.pipe(log);
		this.child = child;
		this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
		await this.waitUntilReady();
	}

	/** Stops n8n and every process it started; resolves once they are gone. */
	async stop(): Promise<void> {
		const child = this.child;
		if (!child || child.exitCode !== null || child.signalCode !== null) {
			this.child = undefined;
			return;
		}
		signalGroup(child, 'SIGTERM');
		const stopped = await Promise.race([this.exited!.then(() => true), delay(STOP_GRACE_MS).then(() => false)]);
		if (!stopped) {
			signalGroup(child, 'SIGKILL');
			await this.exited;
		}
		// Task runners share the group; make sure none outlives n8n.
		signalGroup(child, 'SIGKILL');
		this.child = undefined;
	}

	/** Runs an n8n CLI command (import, execute, ...) against this instance's user folder and database. */
	async cli(args: readonly string[], extraEnv: Record<string, string> = {}): Promise<RunResult> {
		const env = { ...this.environment(), ...extraEnv };
		return await run(this.options.install.nodeBinary, [this.options.install.bin, ...args], { env, cwd: this.options.userFolder });
	}

	/** The last lines n8n logged, for error messages. */
	logTail(lines = 40): string {
		try {
			return readFileSync(this.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
		} catch {
			return '(no log yet)';
		}
	}

	private async waitUntilReady(): Promise<void> {
		const deadline = Date.now() + READY_TIMEOUT_MS;
		while (Date.now() < deadline) {
			if (this.child?.exitCode !== null && this.child?.exitCode !== undefined) {
				throw new Error(`n8n ${this.version} (${this.command}) exited (code ${this.child.exitCode}) while starting:\n${this.logTail()}`);
			}
			try {
				if (await this.answersReady()) return;
			} catch {
				// Not listening yet.
			}
			await delay(500);
		}
		await this.stop();
		throw new Error(`n8n ${this.version} (${this.command}) was not ready after ${READY_TIMEOUT_MS / 1000} s:\n${this.logTail()}`);
	}

	private async answersReady(): Promise<boolean> {
		if (this.command === 'start') {
			// Until n8n has loaded everything, every route answers the plain text "n8n is starting up".
			const response = await fetch(`${this.url}/rest/settings`);
			return response.ok && (response.headers.get('content-type') ?? '').includes('json');
		}
		// A worker answers on its health-check port, a webhook processor on its own: 200 once database (and Redis) are up.
		const base = this.command === 'worker' ? `http://127.0.0.1:${this.options.healthPort}` : this.url;
		if (this.command === 'worker' && this.options.healthPort === undefined) throw new Error('A worker needs a healthPort to tell when it is ready');
		const response = await fetch(`${base}/healthz/readiness`);
		return response.ok;
	}
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
	if (child.pid === undefined) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		// The group is already gone.
	}
}

function delay(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
