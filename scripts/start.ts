import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { basename, join } from 'node:path';

import { syncBuild } from './n8n/communityPackage';
import { PROJECT_ROOT, cacheRoot } from './n8n/paths';
import { portInUse } from './n8n/ports';
import { targetNamed } from './n8n/targets';
import { DEMO_MCP_BEARER_TOKEN } from './demo/credentials';
import { DEMO_OWNER } from './demo/provision';
import { startStack } from './demo/stack';
import type { Stack } from './demo/stack';

const USAGE = `Usage: npm start [-- --dev] [--port 5678] [--sandbox-port 4010] [--n8n n8n-2.8|n8n-1.123|n8n-1.123-node22|n8n-newest]

  --dev            link the pack for development: rebuild on changes to nodes/ and credentials/ and reload them in n8n
  --port           n8n's editor port (default 5678)
  --sandbox-port   the provider sandbox's port (default 4010)
  --n8n            which tested n8n to run (default n8n-2.8; n8n-1.123 is the 1.x line on Node 20, n8n-1.123-node22 its newest release; n8n-newest downloads Node 24 from the npm registry)`;

interface StartOptions {
	readonly dev: boolean;
	readonly port: number;
	readonly sandboxPort: number;
	readonly target: string;
}

function parseArguments(argv: string[]): StartOptions {
	const options = { dev: false, port: 5678, sandboxPort: 4010, target: 'n8n-2.8' };
	for (let index = 0; index < argv.length; index++) {
		const argument = argv[index];
		if (argument === '--help' || argument === '-h') {
			console.log(USAGE);
			process.exit(0);
		} else if (argument === '--dev') options.dev = true;
		else if (argument === '--port') options.port = portArgument(argv[++index], argument);
		else if (argument === '--sandbox-port') options.sandboxPort = portArgument(argv[++index], argument);
		else if (argument === '--n8n') options.target = argv[++index] ?? '';
		else throw new Error(`Unknown argument "${argument}".\n${USAGE}`);
	}
	return options;
}

/** Where MCP clients connect to the MCP Server Trigger examples, and with which header. */
function mcpServers(examples: Stack['provisioned']['examples']): string {
	const urls = examples.flatMap((example) => Object.entries(example.webhookUrls).filter(([, url]) => /\/mcp\//.test(url)).map(([, url]) => url));
	return urls.map((url) => `\nMCP server: ${url}  (header "Authorization: Bearer ${DEMO_MCP_BEARER_TOKEN}")`).join('');
}

function portArgument(value: string | undefined, flag: string): number {
	const port = Number(value);
	if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${flag} needs a port number between 1 and 65535, not "${value ?? ''}".`);
	return port;
}

function checkNodeVersion(): void {
	const [major, minor] = process.versions.node.split('.').map(Number);
	if (major < 20 || (major === 20 && minor < 19)) {
		throw new Error(`Node ${process.versions.node} is too old: n8n needs Node 20.19 or later. Install Node 20 LTS (or newer) and run npm install again.`);
	}
}

async function checkPortFree(port: number, flag: string): Promise<void> {
	if (await portInUse(port)) {
		throw new Error(`Port ${port} is already in use (another n8n or an earlier \`npm start\`?). Stop it, or choose another port with ${flag}.`);
	}
}

/** `tsc --watch` over nodes/ and credentials/; after each successful compile, the build is copied into n8n. */
function watchAndSync(packageFolders: string[]): ChildProcess {
	const tsc = spawn(process.execPath, [join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'], {
		cwd: PROJECT_ROOT,
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	tsc.stdout?.on('data', (chunk: Buffer) => {
		const text = chunk.toString();
		for (const line of text.split('\n').filter((entry) => /error|Found \d+ error/.test(entry))) console.log(`[tsc] ${line.trim()}`);
		if (/Found 0 errors/.test(text)) {
			for (const packageFolder of packageFolders) syncBuild(packageFolder);
			console.log('[dev] rebuilt; n8n reloads the pack (refresh the editor to see description changes)');
		}
	});
	return tsc;
}

async function main(): Promise<void> {
	const options = parseArguments(process.argv.slice(2));
	checkNodeVersion();
	const target = targetNamed(options.target);
	await checkPortFree(options.port, '--port');
	await checkPortFree(options.sandboxPort, '--sandbox-port');

	const userFolder = process.env.N8N_RECRUITING_DEMO_FOLDER || join(PROJECT_ROOT, '.cache', 'demo', target.name);
	console.log(`n8n installs are cached in ${cacheRoot()}; the demo's n8n data lives in ${userFolder}.`);
	const stack: Stack = await startStack({
		target,
		userFolder,
		n8nPort: options.port,
		sandboxPort: options.sandboxPort,
		install: options.dev ? 'development' : 'tarball',
		// n8n reloads changed community nodes only in development mode.
		n8nEnv: options.dev ? { N8N_DEV_RELOAD: 'true', NODE_ENV: 'development' } : { NODE_ENV: 'production' },
	});
	const watcher = options.dev ? watchAndSync(stack.packageFolders) : undefined;

	const { examples } = stack.provisioned;
	console.log(`
n8n ${stack.install.version} is running with ${stack.packageFolders.map((folder) => basename(folder)).join(', ')} (${options.dev ? 'development copies, reloaded on change' : 'each installed from its tarball in dist-packages/'}).

  Editor:   ${stack.n8n.url}
  Login:    ${DEMO_OWNER.email}  /  ${DEMO_OWNER.password}
  Sandbox:  ${stack.sandboxUrl}  (control API at ${stack.sandboxUrl}/_control)
  n8n log:  ${stack.n8n.logFile}

Example workflows:
${examples.map((example) => `  - ${example.name}${example.active ? ' (active)' : ' (open it and click "Execute workflow")'}`).join('\n')}
${mcpServers(examples)}

Try: curl -X POST ${stack.sandboxUrl}/_control/cegid/changes -H 'content-type: application/json' -d '{"changes":[{"event":"vacancy_new"}]}'
Press Ctrl-C to stop everything.`);

	let stopping = false;
	const shutdown = async (signal: string) => {
		if (stopping) return;
		stopping = true;
		console.log(`\n${signal}: stopping n8n and the sandbox ...`);
		watcher?.kill('SIGTERM');
		await stack.stop();
		console.log('Stopped.');
		process.exit(0);
	};
	process.on('SIGINT', () => void shutdown('SIGINT'));
	process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
	console.error(`\nnpm start failed: ${error instanceof Error ? error.message : String(error)}`);
	console.error('See "Troubleshooting" in README.md.');
	process.exit(1);
});
