import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { PROJECT_ROOT } from './paths';
import { npm } from './registry';
import { packedTarballs } from '../packages/pack';
import { assemblePackage, listPackages, packageNamed } from '../packages/packages';
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
 * For `npm start -- --dev`: each package as a copy of its package.json plus its dist/ (assembled from the root
 * build), refreshed by `syncBuild` after each rebuild. A copy rather than a symlink because n8n's hot reload
 * matches changed files against `require.cache`, whose keys are real paths.
 */
export function installForDevelopment(userFolder: string): string[] {
	return listPackages().map((pkg) => {
		const manifest = installedManifest(packageJson(pkg.folder));
		const destination = prepareDestination(userFolder, manifest);
		mkdirSync(destination, { recursive: true });
		writeFileSync(join(destination, 'package.json'), JSON.stringify(manifest, null, 2));
		syncBuild(destination);
		return destination;
	});
}

/** Re-assembles the installed package's dist/ from the root build and copies it over the installed one. */
export function syncBuild(destination: string): void {
	const pkg = packageNamed(packageJson(destination).name);
	cpSync(assemblePackage(pkg), join(destination, 'dist'), { recursive: true, force: true });
}

/**
 * Installs the four tarballs `npm run pack` wrote into dist-packages/, each the way n8n's Community Nodes installer
 * installs one (installTarball). Returns the installed folders.
 */
export async function installPackedPackages(userFolder: string): Promise<string[]> {
	const installed: string[] = [];
	for (const { tarball } of packedTarballs()) installed.push(await installTarball(userFolder, tarball));
	return installed;
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

/** Another community package, depending on zod 4 (test/fixtures/zod4-package), for the end-to-end suite. */
export const ZOD4_NEIGHBOUR_FOLDER = join(PROJECT_ROOT, 'test', 'fixtures', 'zod4-package');

/**
 * Installs a package folder with `npm install` run in `<user folder>/.n8n/nodes`, as n8n 1.x's Community Nodes
 * installer did and as the README's manual install does: its dependencies are hoisted into
 * `.n8n/nodes/node_modules`, where Node looks before n8n's NODE_PATH for every community package, this pack
 * included. (n8n 2.x's installer nests them under the package instead.) Run it before installTarball(), so that npm
 * never sees this pack. Needs the npm registry for the package's dependencies.
 */
export async function installWithHoistedDependencies(userFolder: string, packageFolder: string): Promise<string> {
	const nodesFolder = communityNodesFolder(userFolder);
	mkdirSync(nodesFolder, { recursive: true });
	const nodesManifest = join(nodesFolder, 'package.json');
	if (!existsSync(nodesManifest)) writeFileSync(nodesManifest, JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2));
	const packFolder = mkdtempSync(join(tmpdir(), 'n8n-neighbour-pack-'));
	try {
		const packed = await runOrThrow(npm, ['pack', '--json', '--pack-destination', packFolder, '--loglevel=error', packageFolder], { cwd: packFolder });
		const [{ filename, name, version }] = JSON.parse(packed.stdout) as Array<{ filename: string; name: string; version: string }>;
		await runOrThrow(
			npm,
			['install', join(packFolder, filename), '--omit=peer', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--package-lock=false', '--bin-links=false', '--loglevel=error'],
			{ cwd: nodesFolder },
		);
		// npm recorded the temporary tarball; n8n's own installer records the version.
		const manifest = JSON.parse(readFileSync(nodesManifest, 'utf8')) as { dependencies?: Record<string, string> };
		writeFileSync(nodesManifest, JSON.stringify({ ...manifest, dependencies: { ...manifest.dependencies, [name]: version } }, null, 2));
		return join(nodesFolder, 'node_modules', name);
	} finally {
		rmSync(packFolder, { recursive: true, force: true });
	}
}
