import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { PROJECT_ROOT } from './paths';
import { npm } from './registry';
import { runOrThrow } from './run';

interface PackageJson {
	name: string;
	version: string;
	peerDependencies?: Record<string, string>;
	devDependencies?: Record<string, string>;
	[key: string]: unknown;
}

export function packageJson(folder = PROJECT_ROOT): PackageJson {
	return JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as PackageJson;
}

/** `npm pack` of the built project: exactly what npm would publish. */
export async function packProject(destination: string): Promise<string> {
	mkdirSync(destination, { recursive: true });
	const result = await runOrThrow(npm, ['pack', '--json', '--pack-destination', destination, '--loglevel=error'], { cwd: PROJECT_ROOT });
	const [packed] = JSON.parse(result.stdout) as Array<{ filename: string }>;
	return join(destination, packed.filename);
}

/** Where n8n keeps community packages for a user folder. */
export function communityNodesFolder(userFolder: string): string {
	return join(userFolder, '.n8n', 'nodes');
}

/**
 * Installs a tarball the way n8n's Community Nodes installer does: unpacked into
 * `<user folder>/.n8n/nodes/node_modules/<name>`, with peerDependencies removed (n8n provides n8n-workflow itself)
 * and only `dependencies` installed (this pack has none).
 */
export async function installTarball(userFolder: string, tarball: string): Promise<string> {
	const unpacked = mkdtempSync(join(tmpdir(), 'n8n-pack-'));
	try {
		await runOrThrow('tar', ['-xzf', tarball, '-C', unpacked]);
		const source = join(unpacked, 'package');
		const manifest = installedManifest(packageJson(source));
		writeFileSync(join(source, 'package.json'), JSON.stringify(manifest, null, 2));
		const destination = prepareDestination(userFolder, manifest);
		renameOrCopy(source, destination);
		return destination;
	} finally {
		rmSync(unpacked, { recursive: true, force: true });
	}
}

/**
 * For `npm start -- --dev`: a copy of package.json plus the built `dist/`, refreshed by `syncBuild` after each
 * rebuild. A copy rather than a symlink because n8n's hot reload matches changed files against `require.cache`,
 * whose keys are real paths.
 */
export function installForDevelopment(userFolder: string): string {
	const manifest = installedManifest(packageJson());
	const destination = prepareDestination(userFolder, manifest);
	mkdirSync(destination, { recursive: true });
	writeFileSync(join(destination, 'package.json'), JSON.stringify(manifest, null, 2));
	syncBuild(destination);
	return destination;
}

export function syncBuild(destination: string): void {
	cpSync(join(PROJECT_ROOT, 'dist'), join(destination, 'dist'), { recursive: true, force: true });
}

/** n8n drops the peer dependencies (it provides n8n-workflow itself); dev dependencies are never installed. */
function installedManifest(manifest: PackageJson): PackageJson {
	const { peerDependencies: _peers, devDependencies: _dev, ...installed } = manifest;
	return installed as PackageJson;
}

function prepareDestination(userFolder: string, manifest: PackageJson): string {
	const nodesFolder = communityNodesFolder(userFolder);
	const destination = join(nodesFolder, 'node_modules', manifest.name);
	mkdirSync(join(nodesFolder, 'node_modules'), { recursive: true });
	rmSync(destination, { recursive: true, force: true });
	const nodesManifest = join(nodesFolder, 'package.json');
	const current = existsSync(nodesManifest) ? (JSON.parse(readFileSync(nodesManifest, 'utf8')) as { dependencies?: Record<string, string> }) : {};
	writeFileSync(
		nodesManifest,
		JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { ...current.dependencies, [manifest.name]: manifest.version } }, null, 2),
	);
	return destination;
}

function renameOrCopy(source: string, destination: string): void {
	try {
		renameSync(source, destination);
	} catch {
		cpSync(source, destination, { recursive: true });
	}
}
