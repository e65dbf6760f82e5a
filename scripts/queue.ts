import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { PROJECT_ROOT } from './n8n/paths';
import { targetNamed } from './n8n/targets';
import { DEMO_OWNER } from './demo/provision';
import { startQueueStack } from './demo/queueStack';
import type { QueueStack } from './demo/queueStack';
import type { QueueContextEnvironment } from '../test/queue/support/context';

/**
 * `npm run test:queue`: n8n 2.8 in queue mode with real Redis and PostgreSQL (installed with apt when missing) —
 * one main, two workers, two webhook processors — the sandbox and the demo, then the jest suite in test/queue
 * against them. Every process started here is stopped at the end, on failure and on Ctrl-C. Extra arguments go
 * to jest.
 */
const started = Date.now();
let stack: QueueStack | undefined;
let jest: ChildProcess | undefined;
let root: string | undefined;
let stopping: Promise<void> | undefined;

function cleanUp(): Promise<void> {
	stopping ??= (async () => {
		if (jest && jest.exitCode === null) jest.kill('SIGTERM');
		await stack?.stop();
		if (root) rmSync(root, { recursive: true, force: true });
	})();
	return stopping;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		console.error(`\n${signal}: stopping n8n, Redis, PostgreSQL and the sandbox ...`);
		void cleanUp().finally(() => process.exit(130));
	});
}

async function main(): Promise<number> {
	root = mkdtempSync(join(tmpdir(), 'queue-'));
	// PostgreSQL runs as the postgres user, which must reach its data folder inside.
	chmodSync(root, 0o755);
	const target = targetNamed('n8n-2.8');
	console.log('\n=== queue mode: starting Redis, PostgreSQL, the sandbox, n8n main, 2 workers and 2 webhook processors ===');
	const startedAt = Date.now();
	stack = await startQueueStack({ target, userFolder: join(root, 'n8n'), servicesFolder: join(root, 'services') });
	console.log(
		`n8n ${stack.install.version} in queue mode: main ${stack.main.url}, webhook processors ${stack.webhook.url} and ${stack.secondWebhook.url}, ${stack.workers.length} workers; ` +
			`Redis :${stack.services.redisPort}, PostgreSQL :${stack.services.postgresPort}; ready in ${Math.round((Date.now() - startedAt) / 1000)} s`,
	);
	const context: QueueContextEnvironment = {
		E2E_TARGET: target.name,
		E2E_N8N_VERSION: stack.install.version,
		E2E_N8N_URL: stack.main.url,
		E2E_N8N_BIN: stack.install.bin,
		E2E_NODE_BINARY: stack.install.nodeBinary,
		E2E_N8N_ENV: JSON.stringify({}),
		E2E_N8N_LOG: stack.main.logFile,
		E2E_SANDBOX_URL: stack.sandboxUrl,
		E2E_API_KEY: stack.provisioned.apiKey,
		E2E_OWNER: JSON.stringify(DEMO_OWNER),
		E2E_PROVISIONED: JSON.stringify(stack.provisioned),
		QUEUE_WEBHOOK_URL: stack.webhook.url,
		QUEUE_WEBHOOK_LOG: stack.webhook.logFile,
		QUEUE_SECOND_WEBHOOK_URL: stack.secondWebhook.url,
		QUEUE_SECOND_WEBHOOK_LOG: stack.secondWebhook.logFile,
		QUEUE_WORKER_LOGS: JSON.stringify(stack.workers.map((worker) => worker.logFile)),
	};
	const code = await runJest(process.argv.slice(2), context);
	if (code !== 0) {
		for (const instance of [stack.main, stack.webhook, stack.secondWebhook, ...stack.workers]) {
			console.error(`\n--- tail of ${instance.logFile} ---\n${instance.logTail(25)}`);
		}
	}
	return code;
}

async function runJest(jestArguments: string[], context: QueueContextEnvironment): Promise<number> {
	const bin = join(PROJECT_ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
	return await new Promise((resolve) => {
		jest = spawn(process.execPath, [bin, '-c', 'jest.queue.config.js', ...jestArguments], { cwd: PROJECT_ROOT, stdio: 'inherit', env: { ...process.env, ...context } });
		jest.on('close', (code) => resolve(code ?? 1));
	});
}

main()
	.catch((error: unknown) => {
		console.error(error instanceof Error ? error.stack : error);
		return 1;
	})
	.then(async (code) => {
		await cleanUp();
		console.log(`Queue-mode tests ${code === 0 ? 'passed' : 'failed'} in ${Math.round((Date.now() - started) / 1000)} s`);
		process.exit(code);
	});
