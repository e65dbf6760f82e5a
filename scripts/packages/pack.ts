import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';

import { PROJECT_ROOT } from '../n8n/paths';
import { npm } from '../n8n/registry';
import { runOrThrow } from '../n8n/run';
import { assemblePackage, DIST_PACKAGES_FOLDER, listPackages, readManifest } from './packages';
import type { PackageFolder } from './packages';
import { verifyUnpacked } from './verify';
import type { TarballReport } from './verify';

export interface PackedPackage {
	readonly name: string;
	readonly version: string;
	readonly tarball: string;
	readonly report: TarballReport;
}

/**
 * What `npm run pack` does after the root build: for each package under packages/, assemble its dist/ from the root
 * build, copy the root LICENSE in (not committed: one LICENSE in the repository), `npm pack` it into dist-packages/,
 * then unpack the tarball and check it (verify.ts). Tarballs are written to a temporary folder first and moved into
 * place, so a reader of dist-packages/ never sees half a file.
 */
export async function packAll(destination = DIST_PACKAGES_FOLDER): Promise<PackedPackage[]> {
	mkdirSync(destination, { recursive: true });
	const packed: PackedPackage[] = [];
	for (const pkg of listPackages()) packed.push(await packOne(pkg, destination));
	return packed;
}

async function packOne(pkg: PackageFolder, destination: string): Promise<PackedPackage> {
	assemblePackage(pkg);
	copyFileSync(join(PROJECT_ROOT, 'LICENSE'), join(pkg.folder, 'LICENSE'));
	for (const file of ['README.md', 'CHANGELOG.md']) {
		if (!existsSync(join(pkg.folder, file))) throw new Error(`packages/${pkg.name}/${file} is missing: each package has its own README (its npm page) and changelog.`);
	}
	const scratch = mkdtempSync(join(tmpdir(), `pack-${pkg.name}-`));
	try {
		const result = await runOrThrow(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch, '--loglevel=error'], { cwd: pkg.folder });
		const [{ filename }] = JSON.parse(result.stdout) as Array<{ filename: string }>;
		const tarball = join(destination, basename(filename));
		renameSync(join(scratch, basename(filename)), tarball);

		const unpacked = join(scratch, 'unpacked');
		mkdirSync(unpacked);
		await runOrThrow('tar', ['-xzf', tarball, '-C', unpacked]);
		const listing = await runOrThrow('tar', ['-tzf', tarball]);
		const entries = listing.stdout
			.split('\n')
			.filter((line) => line && !line.endsWith('/'))
			.map((line) => line.replace(/^package\//, ''));
		const report = verifyUnpacked(pkg, join(unpacked, 'package'), entries);
		return { name: pkg.name, version: pkg.manifest.version, tarball, report };
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}

/** The tarball of each package in dist-packages/ (made by `npm run pack`), by package name. */
export function packedTarballs(folder = DIST_PACKAGES_FOLDER): Array<{ name: string; tarball: string }> {
	return listPackages().map(({ name, manifest }) => {
		const tarball = join(folder, `${name}-${manifest.version}.tgz`);
		if (!existsSync(tarball)) throw new Error(`${relative(PROJECT_ROOT, tarball)} is missing: run \`npm run pack\`.`);
		return { name, tarball };
	});
}

/** Throws when a tarball failed its checks. */
export function assertPacked(packed: PackedPackage[]): void {
	const failed = packed.filter((one) => one.report.problems.length > 0);
	if (failed.length > 0) {
		throw new Error(failed.map((one) => `${one.name}:\n  ${one.report.problems.join('\n  ')}`).join('\n'));
	}
}

async function main(): Promise<void> {
	rmSync(DIST_PACKAGES_FOLDER, { recursive: true, force: true });
	const packed = await packAll();
	for (const one of packed) {
		const status = one.report.problems.length === 0 ? 'ok' : 'FAILED';
		console.log(`${one.name}@${one.version}: ${relative(PROJECT_ROOT, one.tarball)}, ${one.report.files.length} files (${one.report.javascript} .js) — ${status}`);
		for (const problem of one.report.problems) console.log(`  ${problem}`);
	}
	const rootProblems = checkRootManifest();
	for (const problem of rootProblems) console.log(`root package.json: ${problem}`);
	assertPacked(packed);
	if (rootProblems.length > 0) throw new Error(rootProblems.join('\n'));
}

/**
 * The root package.json is private (never published) but keeps an `n8n` block listing every node and credential:
 * the root ESLint config (nodes/, credentials/) reads it for its package-aware rules. It must be the union of the
 * packages' lists.
 */
export function checkRootManifest(): string[] {
	const root = readManifest(PROJECT_ROOT);
	const packages = listPackages();
	const problems: string[] = [];
	if (root.private !== true) problems.push('"private": true is missing (the root is not a package)');
	for (const field of ['nodes', 'credentials'] as const) {
		const union = packages.flatMap((pkg) => pkg.manifest.n8n?.[field] ?? []).sort();
		const listed = [...(root.n8n?.[field] ?? [])].sort();
		if (JSON.stringify(union) !== JSON.stringify(listed)) problems.push(`n8n.${field} ${JSON.stringify(listed)} is not the packages' ${JSON.stringify(union)}`);
	}
	return problems;
}

if (require.main === module) {
	main().catch((error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	});
}
