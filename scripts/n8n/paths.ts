import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findProjectRoot(start: string): string {
	let folder = start;
	while (!existsSync(join(folder, 'package.json')) || !existsSync(join(folder, 'nodes'))) {
		const parent = dirname(folder);
		if (parent === folder) throw new Error(`No project root above ${start}`);
		folder = parent;
	}
	return folder;
}

export const PROJECT_ROOT = findProjectRoot(__dirname);

/**
 * Where n8n installs, Node runtimes and built sqlite3 bindings are kept between runs. Project-local by default;
 * N8N_RECRUITING_CACHE moves it (CI points it outside the clone so that later runs on the machine reuse it).
 */
export function cacheRoot(): string {
	return process.env.N8N_RECRUITING_CACHE || join(PROJECT_ROOT, '.cache', 'n8n');
}
