import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { PROJECT_ROOT } from '../n8n/paths';

/**
 * The published packages: one folder per package under packages/, each with its own package.json and
 * eslint.config.mjs, and relative symbolic links into the one shared source (nodes/<Provider>, nodes/shared, its
 * credentials, its icons). What a package ships is exactly what its links reach: its dist/ is assembled from the
 * root build (`npm run build`, tsc → dist/) by following them, so a package can hold nothing of another provider.
 */
export const PACKAGES_FOLDER = join(PROJECT_ROOT, 'packages');
/** Where `npm run pack` writes the four tarballs (git-ignored). */
export const DIST_PACKAGES_FOLDER = join(PROJECT_ROOT, 'dist-packages');
const ROOT_DIST = join(PROJECT_ROOT, 'dist');

/** The folders of a package that hold (links to) shipped source, mapped 1:1 onto dist/. */
export const SOURCE_FOLDERS = ['nodes', 'credentials', 'icons'] as const;

export interface PackageManifest {
	name: string;
	version: string;
	license?: string;
	private?: boolean;
	dependencies?: Record<string, string>;
	peerDependencies?: Record<string, string>;
	devDependencies?: Record<string, string>;
	n8n?: { n8nNodesApiVersion?: number; strict?: boolean; nodes?: string[]; credentials?: string[] };
	[key: string]: unknown;
}

export interface PackageFolder {
	readonly name: string;
	readonly folder: string;
	readonly manifest: PackageManifest;
}

export function readManifest(folder: string): PackageManifest {
	return JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as PackageManifest;
}

/** Every package under packages/, by name. */
export function listPackages(): PackageFolder[] {
	return readdirSync(PACKAGES_FOLDER)
		.filter((entry) => existsSync(join(PACKAGES_FOLDER, entry, 'package.json')))
		.sort()
		.map((entry) => {
			const folder = join(PACKAGES_FOLDER, entry);
			const manifest = readManifest(folder);
			if (manifest.name !== entry) throw new Error(`packages/${entry}/package.json names "${manifest.name}": the folder must carry the package's name.`);
			return { name: manifest.name, folder, manifest };
		});
}

export function packageNamed(name: string): PackageFolder {
	const found = listPackages().find((candidate) => candidate.name === name);
	if (!found) throw new Error(`No package "${name}" under packages/.`);
	return found;
}

/** Shipped build output: JavaScript and declarations (source maps point at sources the tarball does not hold). */
function shipped(file: string): boolean {
	return !file.endsWith('.map') && !file.endsWith('.tsbuildinfo');
}

/** The root build's outputs for one linked source entry (a folder, a .ts file or an asset such as an icon). */
function builtCounterparts(sourceFolder: (typeof SOURCE_FOLDERS)[number], entry: string, isDirectory: boolean): string[] {
	if (isDirectory) return [join(sourceFolder, entry)];
	if (entry.endsWith('.ts')) {
		const base = entry.slice(0, -'.ts'.length);
		return [join(sourceFolder, `${base}.js`), join(sourceFolder, `${base}.d.ts`)];
	}
	return [join(sourceFolder, entry)];
}

/**
 * Rebuilds `packages/<name>/dist` from the root build: for every entry of the package's nodes/, credentials/ and
 * icons/ (the links), the matching output of the root dist/. Copies, not links: each installed package holds its
 * own files, as users get them (module state such as the rate limiter is per package).
 */
export function assemblePackage(pkg: PackageFolder, distFolder = join(pkg.folder, 'dist')): string {
	if (!existsSync(ROOT_DIST)) throw new Error('dist/ is missing: run `npm run build` first.');
	rmSync(distFolder, { recursive: true, force: true });
	for (const sourceFolder of SOURCE_FOLDERS) {
		const linked = join(pkg.folder, sourceFolder);
		if (!existsSync(linked)) continue;
		for (const entry of readdirSync(linked).sort()) {
			// statSync follows the link: a link to a folder is a folder.
			const isDirectory = statSync(join(linked, entry)).isDirectory();
			for (const built of builtCounterparts(sourceFolder, entry, isDirectory)) {
				const from = join(ROOT_DIST, built);
				if (!existsSync(from)) {
					if (built.endsWith('.d.ts')) continue;
					throw new Error(`${relative(PROJECT_ROOT, join(linked, entry))} has no build output ${relative(PROJECT_ROOT, from)}: run \`npm run build\`.`);
				}
				cpSync(from, join(distFolder, built), { recursive: true, dereference: true, filter: (source) => shipped(source) });
			}
		}
	}
	stripSourceMapComments(distFolder);
	return distFolder;
}

/** The maps are not shipped, so neither are the `//# sourceMappingURL=` comments that point at them. */
export function stripSourceMapComments(folder: string): void {
	if (!existsSync(folder)) return;
	for (const file of walkFollowingLinks(folder, (path) => path.endsWith('.js') || path.endsWith('.d.ts'))) {
		const path = join(folder, file);
		const text = readFileSync(path, 'utf8');
		const stripped = text.replace(/\n?\/\/# sourceMappingURL=[^\n]*\n?$/, '\n');
		if (stripped !== text) writeFileSync(path, stripped);
	}
}

export function assembleAll(): PackageFolder[] {
	const packages = listPackages();
	for (const pkg of packages) assemblePackage(pkg);
	return packages;
}

/**
 * Every file under `folder` matching `accept`, following symbolic links (as the scanner's fast-glob does), as
 * paths relative to `folder` with forward slashes.
 */
export function walkFollowingLinks(folder: string, accept: (relativePath: string) => boolean, skip: (relativePath: string) => boolean = () => false): string[] {
	const found: string[] = [];
	const visit = (current: string) => {
		for (const entry of readdirSync(current)) {
			const absolute = join(current, entry);
			const path = relative(folder, absolute).split(sep).join('/');
			if (skip(path)) continue;
			if (statSync(absolute).isDirectory()) visit(absolute);
			else if (accept(path)) found.push(path);
		}
	};
	visit(folder);
	return found.sort();
}


if (require.main === module) {
	for (const pkg of assembleAll()) console.log(`packages/${pkg.name}/dist assembled from dist/`);
}
