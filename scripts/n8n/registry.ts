import { runOrThrow, run } from './run';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

async function npmViewJson<T>(spec: string, field: string): Promise<T | undefined> {
	const result = await run(npm, ['view', spec, field, '--json'], { env: { ...process.env, npm_config_loglevel: 'error' } });
	if (result.code !== 0 || !result.stdout.trim()) return undefined;
	return JSON.parse(result.stdout) as T;
}

/** Stable n8n versions matching `range`, newest first. */
export async function matchingVersions(range: string): Promise<string[]> {
	const found = await npmViewJson<string | string[]>(`n8n@${range}`, 'version');
	if (found === undefined) throw new Error(`The npm registry has no n8n version matching ${range} (or cannot be reached).`);
	const versions = (Array.isArray(found) ? found : [found]).filter((version) => !version.includes('-'));
	return versions.sort(compareVersions).reverse();
}

/**
 * Whether every n8n package an n8n release pins exists in the registry. Releases are sometimes published before
 * their own packages (seen: n8n 2.41.3 pins @n8n/agents 0.26.2, which was never published), and npm only finds
 * out minutes into an install.
 */
export async function ownPackagesPublished(version: string): Promise<boolean> {
	const dependencies = (await npmViewJson<Record<string, string>>(`n8n@${version}`, 'dependencies')) ?? {};
	const own = Object.entries(dependencies).filter(([name]) => name.startsWith('@n8n/') || name.startsWith('n8n-'));
	const present = await Promise.all(
		own.map(async ([name, wanted]) => (await npmViewJson<string | string[]>(`${name}@${wanted}`, 'version')) !== undefined),
	);
	return own.length > 0 && present.every(Boolean);
}

export function compareVersions(a: string, b: string): number {
	const partsA = a.split('.').map(Number);
	const partsB = b.split('.').map(Number);
	for (let index = 0; index < 3; index++) {
		const difference = (partsA[index] ?? 0) - (partsB[index] ?? 0);
		if (difference !== 0) return difference;
	}
	return 0;
}

export async function npmVersion(): Promise<string> {
	return (await runOrThrow(npm, ['--version'])).stdout.trim();
}

export { npm };
