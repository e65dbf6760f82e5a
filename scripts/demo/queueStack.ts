import { randomBytes } from 'node:crypto';

import { SandboxControl } from '../../sandbox/client';
import { startSandbox } from '../../sandbox/server';
import { N8nApi } from '../n8n/api';
import { ensureN8n } from '../n8n/install';
import type { N8nInstall } from '../n8n/install';
import { N8nInstance } from '../n8n/instance';
import { freeServicePort } from '../n8n/ports';
import { startQueueServices } from '../n8n/queueServices';
import type { QueueServices } from '../n8n/queueServices';
import type { N8nTarget } from '../n8n/targets';
import { DEMO_OWNER, provisionDemo } from './provision';
import type { Provisioned } from './provision';
import { installPack } from './stack';

export interface QueueStackOptions {
	readonly target: N8nTarget;
	/** The user folder all n8n processes share (the pack is installed into its `.n8n/nodes`). */
	readonly userFolder: string;
	/** Where Redis and PostgreSQL keep their data. */
	readonly servicesFolder: string;
	/** How many `n8n worker` processes; two when left out. */
	readonly workers?: number;
	/** `--concurrency` of each worker; five when left out. */
	readonly concurrency?: number;
}

export interface QueueStack {
	readonly install: N8nInstall;
	readonly services: QueueServices;
	/** `n8n start`: editor, API, activation of triggers, polls. */
	readonly main: N8nInstance;
	/** `n8n worker` processes, each logging to its own file. */
	readonly workers: readonly N8nInstance[];
	/** `n8n webhook`: receives production webhooks (n8n's WEBHOOK_URL points here). */
	readonly webhook: N8nInstance;
	/**
	 * A second `n8n webhook` with the same settings on another port, as a second processor behind a load balancer
	 * would be: the same production webhook URLs answer there with the path of `webhook`'s.
	 */
	readonly secondWebhook: N8nInstance;
	readonly api: N8nApi;
	readonly sandboxUrl: string;
	readonly control: SandboxControl;
	readonly provisioned: Provisioned;
	stop(): Promise<void>;
}

/**
 * n8n in queue mode (../shared/n8n-notes.md): Redis and PostgreSQL, one main, `workers` workers and two webhook
 * processors sharing a user folder (with the pack installed from its tarball) and an encryption key, binary data in
 * the database, manual executions offloaded to the workers; plus the sandbox, and the demo provisioned through the
 * main with its webhooks at the webhook processor. stop() ends every process it started, also when starting fails.
 */
export async function startQueueStack(options: QueueStackOptions): Promise<QueueStack> {
	const install = await ensureN8n(options.target);
	await installPack({ install: 'tarball', userFolder: options.userFolder });
	const started: Array<{ stop(): Promise<void> }> = [];
	const stop = async () => {
		// Workers and the webhook processor first, the main next, the services they use last.
		for (const running of started.splice(0).reverse()) {
			await running.stop().catch((error: unknown) => console.error(`Stopping failed: ${String(error)}`));
		}
	};
	try {
		const services = await startQueueServices(options.servicesFolder);
		started.push(services);
		const sandbox = await startSandbox({ port: await freeServicePort(), host: '127.0.0.1', seed: {} });
		started.push({ stop: () => sandbox.close() });

		const mainPort = await freeServicePort();
		const webhookPort = await freeServicePort();
		const env: Record<string, string> = {
			...services.n8nEnv,
			NODE_ENV: 'production',
			EXECUTIONS_MODE: 'queue',
			OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
			N8N_DEFAULT_BINARY_DATA_MODE: 'database',
			N8N_ENCRYPTION_KEY: randomBytes(24).toString('hex'),
			WEBHOOK_URL: `http://127.0.0.1:${webhookPort}/`,
			N8N_EDITOR_BASE_URL: `http://127.0.0.1:${mainPort}/`,
		};
		const instance = async (command: 'start' | 'worker' | 'webhook', logName: string, extra: Partial<Parameters<typeof N8nInstance.create>[0]> = {}) =>
			await N8nInstance.create({ install, userFolder: options.userFolder, command, logName, env, brokerPort: await freeServicePort(), ...extra });

		const main = await instance('start', 'main.log', { port: mainPort });
		started.push(main);
		// The main runs the database migrations: the others start once it is up.
		await main.start();

		const workers: N8nInstance[] = [];
		for (let index = 1; index <= (options.workers ?? 2); index++) {
			const worker = await instance('worker', `worker-${index}.log`, {
				args: [`--concurrency=${options.concurrency ?? 5}`],
				port: await freeServicePort(),
				healthPort: await freeServicePort(),
			});
			workers.push(worker);
			started.push(worker);
		}
		const webhook = await instance('webhook', 'webhook.log', { port: webhookPort });
		started.push(webhook);
		const secondWebhook = await instance('webhook', 'webhook-2.log', { port: await freeServicePort() });
		started.push(secondWebhook);
		await Promise.all([...workers, webhook, secondWebhook].map((child) => child.start()));

		const api = new N8nApi(main.url);
		const control = new SandboxControl(sandbox.url);
		const provisioned = await provisionDemo(api, control, sandbox.url, DEMO_OWNER, webhook.url);
		return { install, services, main, workers, webhook, secondWebhook, api, sandboxUrl: sandbox.url, control, provisioned, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}

/** The log file of each worker, by worker number (1, 2, …), for telling which one ran an execution. */
export function workerLogs(stack: QueueStack): string[] {
	return stack.workers.map((worker) => worker.logFile);
}
