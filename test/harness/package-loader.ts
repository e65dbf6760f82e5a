import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
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
	/** 'jobcase' → 'n8n-nodes-recruiting.jobcase' */
	fullNodeType(shortName: string): string;
	latestVersion(shortName: string): number;
	nodeDescription(shortName: string, typeVersion?: number): INodeTypeDescription;
}

const packagesByDirectory = new Map<string, Promise<LoadedPackage>>();

/** Loads `<packageDir>/package.json`'s `n8n` nodes and credentials with n8n-core's loader; cached per directory. */
export async function loadPackage(packageDir: string = PROJECT_ROOT): Promise<LoadedPackage> {
	const directory = resolve(packageDir);
	let loading = packagesByDirectory.get(directory);
	if (!loading) {
		loading = readPackage(directory);
		packagesByDirectory.set(directory, loading);
		loading.catch(() => packagesByDirectory.delete(directory));
	}
	return await loading;
}

async function readPackage(directory: string): Promise<LoadedPackage> {
	await ensureEngine();
	const loader = new PackageDirectoryLoader(directory);
	await loader.loadAll();
	const { packageName } = loader;

	const types = new Map<string, INodeType | IVersionedNodeType>([[SOURCE_NODE_TYPE, new HarnessSourceNode()]]);
	for (const [shortName, { type }] of Object.entries(loader.nodeTypes)) {
		types.set(`${packageName}.${shortName}`, type);
	}
	const nodeTypes = new HarnessNodeTypes(types);
	const fullNodeType = (shortName: string) => `${packageName}.${shortName}`;

	return {
		directory,
		packageName,
		nodeTypes,
		credentialTypes: new HarnessCredentialTypes(loader.credentialTypes),
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
