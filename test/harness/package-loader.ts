import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PackageDirectoryLoader } from 'n8n-core';
import type { INodeType, INodeTypeDescription, IVersionedNodeType } from 'n8n-workflow';

import { HarnessCredentialTypes } from './credential-types';
import { ensureEngine } from './engine';
import { HarnessNodeTypes } from './node-types';
import { HarnessSourceNode, SOURCE_NODE_TYPE } from './source-node';

/** The nearest folder above this file with a package.json: the project root from source and from compiled tools alike. */
export const PROJECT_ROOT = findPackageRoot(__dirname);

function findPackageRoot(start: string): string {
	for (let folder = start; ; folder = resolve(folder, '..')) {
		if (existsSync(resolve(folder, 'package.json'))) return folder;
		if (resolve(folder, '..') === folder) throw new Error(`No package.json above ${start}`);
	}
}

export interface LoadedPackage {
	directory: string;
	packageName: string;
	/** The package's nodes plus the harness source node, by full type name. */
	nodeTypes: HarnessNodeTypes;
	credentialTypes: HarnessCredentialTypes;
	/** 'jobcase' → 'n8n-nodes-jobcase.jobcase' (the type under the package that holds the node) */
	fullNodeType(shortName: string): string;
	latestVersion(shortName: string): number;
	nodeDescription(shortName: string, typeVersion?: number): INodeTypeDescription;
}

const packagesByDirectory = new Map<string, Promise<LoadedPackage>>();

/** The published packages' folders (packages/<name>), whose dist/ `npm run build:all` assembles from the root build. */
export const PACKAGES_FOLDER = join(PROJECT_ROOT, 'packages');

/** `packages/<name>`: what users install (its package.json and its assembled dist/). */
export function publishedPackageDir(packageName: string): string {
	return join(PACKAGES_FOLDER, packageName);
}

export function publishedPackageDirs(): string[] {
	return readdirSync(PACKAGES_FOLDER)
		.filter((entry) => existsSync(join(PACKAGES_FOLDER, entry, 'package.json')))
		.sort()
		.map((entry) => join(PACKAGES_FOLDER, entry));
}

/**
 * Loads `<packageDir>/package.json`'s `n8n` nodes and credentials with n8n-core's loader; cached per directory.
 * Without a directory: the four published packages together (each from its own folder under packages/, as users
 * install them), their nodes under `<package>.<node>`.
 */
export async function loadPackage(packageDir?: string): Promise<LoadedPackage> {
	const directory = packageDir === undefined ? PACKAGES_FOLDER : resolve(packageDir);
	let loading = packagesByDirectory.get(directory);
	if (!loading) {
		loading = packageDir === undefined ? readPublishedPackages() : readPackage(directory);
		packagesByDirectory.set(directory, loading);
		loading.catch(() => packagesByDirectory.delete(directory));
	}
	return await loading;
}

async function readPackage(directory: string): Promise<LoadedPackage> {
	return await readPackages(directory, [directory]);
}

async function readPublishedPackages(): Promise<LoadedPackage> {
	const directories = publishedPackageDirs();
	for (const directory of directories) {
		if (!existsSync(join(directory, 'dist'))) throw new Error(`${directory}/dist is missing: run \`npm run build:all\` (it assembles each package's dist/).`);
	}
	return await readPackages(PACKAGES_FOLDER, directories);
}

async function readPackages(directory: string, packageDirectories: string[]): Promise<LoadedPackage> {
	await ensureEngine();
	const types = new Map<string, INodeType | IVersionedNodeType>([[SOURCE_NODE_TYPE, new HarnessSourceNode()]]);
	const packageOf = new Map<string, string>();
	const credentials: ConstructorParameters<typeof HarnessCredentialTypes>[0] = {};
	const names: string[] = [];
	for (const packageDirectory of packageDirectories) {
		const loader = new PackageDirectoryLoader(packageDirectory);
		await loader.loadAll();
		const { packageName } = loader;
		names.push(packageName);
		for (const [shortName, { type }] of Object.entries(loader.nodeTypes)) {
			if (packageOf.has(shortName)) throw new Error(`Node "${shortName}" is in both ${packageOf.get(shortName)} and ${packageName}`);
			packageOf.set(shortName, packageName);
			types.set(`${packageName}.${shortName}`, type);
		}
		Object.assign(credentials, loader.credentialTypes);
	}
	const packageName = names.join(', ');
	const nodeTypes = new HarnessNodeTypes(types);
	const fullNodeType = (shortName: string) => `${packageOf.get(shortName) ?? names[0]}.${shortName}`;

	return {
		directory,
		packageName,
		nodeTypes,
		credentialTypes: new HarnessCredentialTypes(credentials),
		fullNodeType,
		latestVersion: (shortName) => latestVersionOf(nodeTypes.getByName(fullNodeType(shortName))),
		nodeDescription: (shortName, typeVersion) =>
			nodeTypes.getByNameAndVersion(fullNodeType(shortName), typeVersion).description,
	};
}

function latestVersionOf(type: INodeType | IVersionedNodeType): number {
	if ('nodeVersions' in type) return Math.max(...Object.keys(type.nodeVersions).map(Number));
	const { version } = type.description;
	return Array.isArray(version) ? Math.max(...version) : version;
}

/** The description of a loaded node (default: its highest version), e.g. to assert on `usableAsTool`. */
export async function getNodeDescription(
	nodeType: string,
	options: { packageDir?: string; typeVersion?: number } = {},
): Promise<INodeTypeDescription> {
	const loaded = await loadPackage(options.packageDir);
	return loaded.nodeDescription(nodeType, options.typeVersion ?? loaded.latestVersion(nodeType));
}
