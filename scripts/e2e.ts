import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { PROJECT_ROOT } from './n8n/paths';
import { run } from './n8n/run';
import { selectTargets } from './n8n/targets';
import type { N8nTarget } from './n8n/targets';
import { DEMO_OWNER } from './demo/provision';
import { startStack } from './demo/stack';
import type { Stack } from './demo/stack';
import type { E2eContextEnvironment } from '../test/e2e/support/context';

/**
 * `npm run test:e2e`: for each tested n8n (E2E_TARGETS narrows them), install it (cached), start the sandbox and
 * n8n with the pack installed from its tarball beside another community package that brought zod 4
 * (test/fixtures/zod4-package) and the demo provisioned, then run the jest suite in test/e2e against them. Extra
 * arguments go to jest.
 */
async function main(): Promise<void> {
	const targets = selectTargets(process.env.E2E_TARGETS);
	const failed: string[] = [];
	for (const target of targets) {
		const code = await runTarget(target, process.argv.slice(2));
		if (code !== 0) failed.push(target.name);
	}
	if (failed.length > 0) {
		console.error(`End-to-end tests failed on: ${failed.join(', ')}`);
		process.exit(1);
	}
	console.log(`End-to-end tests passed on: ${targets.map((target) => target.name).join(', ')}`);
}

async function runTarget(target: N8nTarget, jestArguments: string[]): Promise<number> {
	const userFolder = mkdtempSync(join(tmpdir(), `e2e-${target.name}-`));
	let stack: Stack | undefined;
	try {
		console.log(`\n=== ${target.name}: starting the sandbox and n8n ===`);
		stack = await startStack({ target, userFolder, install: 'tarball', n8nEnv: { NODE_ENV: 'production' }, zod4Neighbour: true });
		console.log(`n8n ${stack.install.version} on Node ${(await run(stack.install.nodeBinary, ['--version'])).stdout.trim()} at ${stack.n8n.url}`);
		const context: E2eContextEnvironment = {
			E2E_TARGET: target.name,
			E2E_N8N_VERSION: stack.install.version,
			E2E_N8N_URL: stack.n8n.url,
			E2E_N8N_BIN: stack.install.bin,
			E2E_NODE_BINARY: stack.install.nodeBinary,
			E2E_N8N_ENV: JSON.stringify(pick(stack.n8n.environment(), /^(N8N_|WEBHOOK_URL|DB_|NODE_ENV)/)),
			E2E_N8N_LOG: stack.n8n.logFile,
			E2E_SANDBOX_URL: stack.sandboxUrl,
			E2E_API_KEY: stack.provisioned.apiKey,
			E2E_OWNER: JSON.stringify(DEMO_OWNER),
			E2E_PROVISIONED: JSON.stringify(stack.provisioned),
		};
		return await runJest(jestArguments, context);
	} catch (error) {
		console.error(`${target.name}: ${(error as Error).stack ?? String(error)}`);
		return 1;
	} finally {
		await stack?.stop();
		rmSync(userFolder, { recursive: true, force: true });
	}
}

function pick(environment: NodeJS.ProcessEnv, pattern: RegExp): Record<string, string> {
	return Object.fromEntries(Object.entries(environment).filter(([key, value]) => pattern.test(key) && value !== undefined)) as Record<string, string>;
}

async function runJest(jestArguments: string[], context: E2eContextEnvironment): Promise<number> {
	const jest = join(PROJECT_ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
	return await new Promise((resolve) => {
		const child = spawn(process.execPath, [jest, '-c', 'jest.e2e.config.js', ...jestArguments], {
			cwd: PROJECT_ROOT,
			stdio: 'inherit',
			env: { ...process.env, ...context },
		});
		child.on('close', (code) => resolve(code ?? 1));
	});
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.stack : error);
	process.exit(1);
});
