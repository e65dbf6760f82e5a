import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { withLock } from './lock';
import { cacheRoot } from './paths';
import { npm } from './registry';
import { runOrThrow, withProgress } from './run';
import type { N8nTarget } from './targets';

/**
 * The Node binary a target runs on: this process's own, or a Node major from the npm registry's `node` package
 * (kept in the cache), since newer n8n releases refuse Node 20.
 */
export async function nodeBinaryFor(target: N8nTarget): Promise<string> {
	if (target.node === 'host') return process.execPath;
	if (Number(process.versions.node.split('.')[0]) === target.node) return process.execPath;

	const folder = join(cacheRoot(), `node-${target.node}`);
	const binary = join(folder, 'node_modules', 'node', 'bin', 'node');
	const stamp = join(folder, '.complete');
	if (existsSync(stamp) && existsSync(binary)) return binary;

	mkdirSync(folder, { recursive: true });
	await withLock(`${folder}.lock`, async () => {
		if (existsSync(stamp) && existsSync(binary)) return;
		writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: `node-${target.node}-runtime`, private: true }, null, 2));
		// The `node` package fetches its platform binary from the registry in an install script.
		const install = runOrThrow(npm, ['install', `node@${target.node}`, '--ignore-scripts=false', '--no-audit', '--no-fund', '--loglevel=error'], {
			cwd: folder,
		});
		await withProgress(`Downloading Node ${target.node} from the npm registry into ${folder}`, install);
		const version = (await runOrThrow(binary, ['--version'])).stdout.trim();
		writeFileSync(stamp, `${version}\n`);
	});
	return binary;
}
