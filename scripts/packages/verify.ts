import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

import { readManifest, walkFollowingLinks } from './packages';
import type { PackageFolder } from './packages';

/** What a tarball may hold besides dist/**. */
export const TOP_LEVEL_FILES = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'] as const;

/**
 * Modules a shipped file may require besides its own files: n8n-workflow (the one peer dependency, provided by
 * n8n) and what @n8n/eslint-plugin-community-nodes' no-restricted-imports allows in strict mode (n8n provides
 * them on its NODE_PATH).
 */
export const ALLOWED_MODULES = new Set(['n8n-workflow', 'lodash', 'moment', 'p-limit', 'luxon', 'zod', 'crypto', 'node:crypto']);

export interface TarballReport {
	readonly files: string[];
	readonly javascript: number;
	readonly problems: string[];
}

/**
 * Checks an unpacked tarball (`unpacked` is its `package/` folder, `entries` the tarball's file list relative to it)
 * against its source folder in packages/:
 * - only package.json, README.md, CHANGELOG.md, LICENSE and dist/** (all four top-level files present);
 * - the manifest: MIT, n8n.strict, only n8n-workflow as a peer dependency, no dependencies of any kind;
 * - n8n.nodes and n8n.credentials list exactly the `*.node.js` and `*.credentials.js` files in dist/, and each exists;
 * - every `require` of every .js resolves to a file inside the package, or to an allowed module;
 * - every .js in dist/ was compiled from a .ts the package folder reaches through its links (so it holds nothing of
 *   another provider, and the scanner's source leg sees its TypeScript).
 */
export function verifyUnpacked(pkg: PackageFolder, unpacked: string, entries: string[]): TarballReport {
	const problems: string[] = [];
	for (const entry of entries) {
		if (!(TOP_LEVEL_FILES as readonly string[]).includes(entry) && !entry.startsWith('dist/')) problems.push(`unexpected file in the tarball: ${entry}`);
	}
	for (const required of TOP_LEVEL_FILES) if (!entries.includes(required)) problems.push(`${required} is missing from the tarball`);

	const manifest = readManifest(unpacked);
	if (manifest.name !== pkg.name) problems.push(`package.json names "${manifest.name}", expected "${pkg.name}"`);
	if (manifest.license !== 'MIT') problems.push(`license is "${String(manifest.license)}", expected MIT`);
	if (manifest.n8n?.strict !== true) problems.push('n8n.strict is not true');
	if (manifest.n8n?.n8nNodesApiVersion !== 1) problems.push('n8n.n8nNodesApiVersion is not 1');
	const peers = Object.keys(manifest.peerDependencies ?? {});
	if (peers.length !== 1 || peers[0] !== 'n8n-workflow') problems.push(`peerDependencies must be exactly n8n-workflow, not ${JSON.stringify(manifest.peerDependencies ?? {})}`);
	for (const field of ['dependencies', 'optionalDependencies', 'bundleDependencies', 'bundledDependencies', 'devDependencies'] as const) {
		if (manifest[field] !== undefined && Object.keys(manifest[field] as object).length > 0) problems.push(`package.json has ${field}: ${JSON.stringify(manifest[field])}`);
	}
	for (const field of ['scripts', 'overrides'] as const) if (manifest[field] !== undefined) problems.push(`package.json has "${field}"`);

	const javascript = entries.filter((entry) => entry.startsWith('dist/') && entry.endsWith('.js'));
	compareListed('n8n.nodes', manifest.n8n?.nodes, javascript.filter((file) => file.endsWith('.node.js')), problems);
	compareListed('n8n.credentials', manifest.n8n?.credentials, javascript.filter((file) => file.endsWith('.credentials.js')), problems);

	for (const file of javascript) {
		for (const specifier of requiresOf(readFileSync(join(unpacked, file), 'utf8'))) {
			const problem = checkRequire(unpacked, file, specifier);
			if (problem) problems.push(problem);
		}
	}

	const sources = new Set(sourceTypeScript(pkg.folder));
	for (const file of javascript) {
		const source = sourceOf(file);
		if (!sources.has(source)) problems.push(`${file} has no TypeScript source ${source} in packages/${pkg.name} (links)`);
	}
	return { files: entries, javascript: javascript.length, problems };
}

/** dist/nodes/Jobcase/Jobcase.node.js → nodes/Jobcase/Jobcase.node.ts */
export function sourceOf(distFile: string): string {
	return distFile.replace(/^dist\//, '').replace(/\.js$/, '.ts');
}

/** The TypeScript a package folder reaches under nodes/ and credentials/, following its links. */
export function sourceTypeScript(folder: string): string[] {
	return ['nodes', 'credentials']
		.filter((sub) => existsSync(join(folder, sub)))
		.flatMap((sub) => walkFollowingLinks(join(folder, sub), (path) => path.endsWith('.ts') && !path.endsWith('.d.ts')).map((path) => `${sub}/${path}`))
		.sort();
}

function compareListed(field: string, listed: string[] | undefined, present: string[], problems: string[]): void {
	const declared = [...(listed ?? [])].sort();
	const found = [...present].sort();
	if (JSON.stringify(declared) !== JSON.stringify(found)) {
		problems.push(`${field} lists ${JSON.stringify(declared)} but dist/ holds ${JSON.stringify(found)}`);
	}
}

/** The module specifiers a compiled CommonJS file requires (tsc emits `require("…")`). */
export function requiresOf(source: string): string[] {
	const found = new Set<string>();
	for (const match of source.matchAll(/\brequire\(\s*(["'`])([^"'`]+)\1\s*\)/g)) found.add(match[2]);
	// A require of anything but a literal cannot be checked.
	if (/\brequire\(\s*[^"'`\s)]/.test(source)) found.add('<non-literal require>');
	if (/\bimport\(/.test(source)) found.add('<dynamic import>');
	return [...found];
}

function checkRequire(root: string, file: string, specifier: string): string | undefined {
	if (!specifier.startsWith('.')) {
		return ALLOWED_MODULES.has(specifier) ? undefined : `${file} requires "${specifier}", which is neither inside the package nor an allowed module`;
	}
	const base = resolve(root, dirname(file), specifier);
	const inside = relative(root, base);
	if (inside.startsWith('..') || inside.split(sep).includes('..')) return `${file} requires "${specifier}", outside the package`;
	const candidates = [base, `${base}.js`, `${base}.json`, join(base, 'index.js')];
	if (!candidates.some((candidate) => existsSync(candidate) && statSync(candidate).isFile())) {
		return `${file} requires "${specifier}", which is not in the package`;
	}
	return undefined;
}
