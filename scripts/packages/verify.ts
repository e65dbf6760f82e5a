import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

import * as ts from 'typescript';

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

/** The only file kinds dist/ may hold: compiled JavaScript, its declarations, and icons. */
export const DIST_EXTENSIONS = ['.d.ts', '.js', '.svg', '.png'] as const;
/** Anything Node or a bundler may load as JavaScript. */
export const JAVASCRIPT_EXTENSIONS = ['.js', '.cjs', '.mjs'] as const;
/** TypeScript that compiles to .cjs/.mjs: not allowed in nodes/ or credentials/. */
export const FORBIDDEN_SOURCE_EXTENSIONS = ['.cts', '.mts', '.cjs', '.mjs'] as const;
export const isJavaScript = (file: string): boolean => JAVASCRIPT_EXTENSIONS.some((extension) => file.endsWith(extension));
/** Identifiers shipped code may not use at all (tsc's CommonJS output needs none of them). */
export const FORBIDDEN_IDENTIFIERS = ['eval', 'Function', 'process', 'globalThis', 'module'] as const;
/** The top-level package.json keys a package may have. */
export const MANIFEST_KEYS = ['name', 'version', 'description', 'keywords', 'license', 'homepage', 'author', 'repository', 'bugs', 'engines', 'files', 'n8n', 'peerDependencies'] as const;

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
	for (const field of ['dependencies', 'optionalDependencies', 'devDependencies'] as const) {
		if (manifest[field] !== undefined && Object.keys(manifest[field] as object).length > 0) problems.push(`package.json has ${field}: ${JSON.stringify(manifest[field])}`);
	}
	for (const field of ['scripts', 'overrides'] as const) if (manifest[field] !== undefined) problems.push(`package.json has "${field}"`);
	problems.push(...manifestProblems(manifest));

	for (const entry of entries) {
		if (entry.startsWith('dist/') && !DIST_EXTENSIONS.some((extension) => entry.endsWith(extension))) {
			problems.push(`${entry}: dist/ may only hold ${DIST_EXTENSIONS.join(', ')} files`);
		}
	}
	const javascript = entries.filter((entry) => entry.startsWith('dist/') && isJavaScript(entry));
	compareListed('n8n.nodes', manifest.n8n?.nodes, javascript.filter((file) => file.endsWith('.node.js')), problems);
	compareListed('n8n.credentials', manifest.n8n?.credentials, javascript.filter((file) => file.endsWith('.credentials.js')), problems);

	for (const file of javascript) {
		const code = readFileSync(join(unpacked, file), 'utf8');
		for (const problem of codeProblems(code)) problems.push(`${file}: ${problem}`);
		for (const specifier of requiresOf(code)) {
			if (specifier.startsWith('<')) continue; // named by codeProblems
			const problem = checkRequire(unpacked, file, specifier);
			if (problem) problems.push(problem);
		}
	}

	problems.push(...linkProblems(pkg.folder));
	const sources = new Set(sourceTypeScript(pkg.folder));
	for (const file of javascript) {
		const source = sourceOf(file);
		if (!sources.has(source)) problems.push(`${file} has no TypeScript source ${source} in packages/${pkg.name} (links)`);
	}
	return { files: entries, javascript: javascript.length, problems };
}

/** dist/nodes/Jobcase/Jobcase.node.js → nodes/Jobcase/Jobcase.node.ts */
export function sourceOf(distFile: string): string {
	return distFile.replace(/^dist\//, '').replace(/\.js$/, '.ts').replace(/\.cjs$/, '.cts').replace(/\.mjs$/, '.mts');
}

/** The repository root a package folder lives in (packages/<name>/ → the repository). */
const repositoryOf = (folder: string): string => resolve(folder, '..', '..');

/**
 * Every entry of a package's nodes/, credentials/ and icons/ must be a relative symbolic link to the same entry of the
 * repository's folder (nodes/X → <repo>/nodes/X): a copy would be linted by the scanner's source leg while the tarball
 * ships the root build, and an absolute or escaping link is skipped by n8n's real source leg. Files reached through
 * the links may not be .cts/.mts/.cjs/.mjs (they compile to .cjs/.mjs, which n8n's scanner does not look at).
 */
export function linkProblems(folder: string, repository = repositoryOf(folder)): string[] {
	const problems: string[] = [];
	const where = (path: string) => relative(repository, path).split(sep).join('/');
	for (const sub of ['nodes', 'credentials', 'icons']) {
		const linked = join(folder, sub);
		if (!existsSync(linked)) continue;
		for (const entry of readdirSync(linked).sort()) {
			const path = join(linked, entry);
			if (!lstatSync(path).isSymbolicLink()) {
				problems.push(`${where(path)} is not a symbolic link: it must link to ${sub}/${entry}`);
				continue;
			}
			const target = readlinkSync(path);
			const expected = join(realpathSync(repository), sub, entry);
			let real: string | undefined;
			try {
				real = realpathSync(path);
			} catch {
				real = undefined;
			}
			if (isAbsolute(target)) problems.push(`${where(path)} links to the absolute path ${target}: links must be relative`);
			else if (real !== expected) problems.push(`${where(path)} links to ${target}, not to ${sub}/${entry} of the repository`);
		}
	}
	for (const sub of ['nodes', 'credentials']) {
		if (!existsSync(join(folder, sub))) continue;
		for (const file of walkFollowingLinks(join(folder, sub), (path) => FORBIDDEN_SOURCE_EXTENSIONS.some((extension) => path.endsWith(extension)))) {
			problems.push(`${sub}/${file}: ${FORBIDDEN_SOURCE_EXTENSIONS.join('/')} sources are not allowed (only .ts, compiled to .js)`);
		}
	}
	return problems;
}

/** Top-level keys outside MANIFEST_KEYS, and risky values of the allowed ones. */
export function manifestProblems(manifest: Record<string, unknown>): string[] {
	const problems: string[] = [];
	// Named on their own by verifyUnpacked (when non-empty).
	const namedElsewhere = ['dependencies', 'optionalDependencies', 'devDependencies', 'scripts', 'overrides', 'bundleDependencies', 'bundledDependencies'];
	for (const key of Object.keys(manifest)) {
		if (namedElsewhere.includes(key)) continue;
		if (!(MANIFEST_KEYS as readonly string[]).includes(key)) problems.push(`package.json has "${key}", which a package may not have (allowed: ${MANIFEST_KEYS.join(', ')})`);
	}
	for (const key of ['bundleDependencies', 'bundledDependencies']) {
		if (manifest[key] !== undefined && manifest[key] !== false && !(Array.isArray(manifest[key]) && (manifest[key] as unknown[]).length === 0)) {
			problems.push(`package.json has ${key}: ${JSON.stringify(manifest[key])}`);
		}
	}
	const engines = manifest.engines;
	if (engines !== undefined) {
		const keys = engines !== null && typeof engines === 'object' && !Array.isArray(engines) ? Object.keys(engines) : undefined;
		if (!keys || keys.some((key) => key !== 'node') || typeof (engines as Record<string, unknown>).node !== 'string' || !/^>=\d+(\.\d+){0,2}$/.test((engines as Record<string, string>).node)) {
			problems.push(`package.json engines must be { "node": ">=<version>" }, not ${JSON.stringify(engines)}`);
		}
	}
	const files = manifest.files;
	if (files !== undefined && (!Array.isArray(files) || files.some((file) => typeof file !== 'string' || !['dist', 'CHANGELOG.md'].includes(file)))) {
		problems.push(`package.json files must list only "dist" and "CHANGELOG.md", not ${JSON.stringify(files)}`);
	}
	for (const key of ['name', 'version', 'description', 'license', 'homepage']) {
		if (manifest[key] !== undefined && typeof manifest[key] !== 'string') problems.push(`package.json ${key} must be a string`);
	}
	return problems;
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

/** Identifier nodes of a JavaScript file, with TypeScript's parser (strings and comments are not code). */
function identifiers(source: string): ts.Identifier[] {
	const file = ts.createSourceFile('shipped.js', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
	const found: ts.Identifier[] = [];
	const visit = (node: ts.Node): void => {
		if (ts.isIdentifier(node)) found.push(node);
		if (node.kind === ts.SyntaxKind.ImportKeyword && ts.isCallExpression(node.parent)) found.push(node as unknown as ts.Identifier);
		ts.forEachChild(node, visit);
	};
	visit(file);
	return found;
}

/** An identifier used as a name, not a value: `x.require`, `{ require: 1 }`, `class { process() {} }`. */
function isName(node: ts.Node): boolean {
	const parent = node.parent;
	return (
		(ts.isPropertyAccessExpression(parent) && parent.name === node) ||
		((ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent) || ts.isGetAccessor(parent) || ts.isSetAccessor(parent)) && parent.name === node)
	);
}

/** `require("literal")`: the only use of `require` tsc's CommonJS output makes. */
function isLiteralRequire(node: ts.Identifier): node is ts.Identifier & { parent: ts.CallExpression } {
	const call = node.parent;
	return ts.isCallExpression(call) && call.expression === node && call.arguments.length === 1 && ts.isStringLiteral(call.arguments[0]);
}

/**
 * What shipped JavaScript may not do, token by token: use `require` other than as `require("literal")` (no
 * `require.call`, no aliasing), `import(…)`, or name eval, Function, process, globalThis or module at all.
 */
export function codeProblems(source: string): string[] {
	const problems = new Set<string>();
	for (const node of identifiers(source)) {
		if ((node as ts.Node).kind === ts.SyntaxKind.ImportKeyword) {
			problems.add('uses a dynamic import()');
			continue;
		}
		if (isName(node)) continue;
		if (node.text === 'require' && !isLiteralRequire(node)) problems.add('uses require other than as require("<literal>")');
		if ((FORBIDDEN_IDENTIFIERS as readonly string[]).includes(node.text)) problems.add(`uses ${node.text}`);
	}
	return [...problems];
}

/** The module specifiers a compiled CommonJS file requires (tsc emits `require("…")`); other uses are marked. */
export function requiresOf(source: string): string[] {
	const found = new Set<string>();
	for (const node of identifiers(source)) {
		if ((node as ts.Node).kind === ts.SyntaxKind.ImportKeyword) found.add('<dynamic import>');
		else if (node.text === 'require' && !isName(node)) {
			if (isLiteralRequire(node)) found.add((node.parent.arguments[0] as ts.StringLiteral).text);
			else found.add('<non-literal require>');
		}
	}
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
