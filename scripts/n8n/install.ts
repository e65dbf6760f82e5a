import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { withLock } from './lock';
import { nodeBinaryFor } from './nodeRuntime';
import { cacheRoot } from './paths';
import { compareVersions, matchingVersions, npm, ownPackagesPublished } from './registry';
import { run, runOrThrow, withProgress } from './run';
import type { N8nTarget } from './targets';

export interface N8nInstall {
	readonly target: N8nTarget;
	readonly version: string;
	readonly folder: string;
	/** n8n's command-line entry, run with `nodeBinary`. */
	readonly bin: string;
	readonly nodeBinary: string;
}

interface CompleteStamp {
	readonly target: string;
	readonly version: string;
}

const MAX_VERSIONS_TRIED = 3;

/** Installs (first run) or reuses (later runs) the newest n8n of a target that installs on this machine. */
export async function ensureN8n(target: N8nTarget): Promise<N8nInstall> {
	const nodeBinary = await nodeBinaryFor(target);
	let candidates: string[];
	try {
		candidates = await matchingVersions(target.range);
	} catch (error) {
		const cached = newestCachedInstall(target);
		if (!cached) throw error;
		console.log(`The npm registry did not answer; using the cached n8n ${cached}.`);
		return describe(target, cached, nodeBinary);
	}

	const failures: string[] = [];
	for (const version of candidates) {
		if (isComplete(version)) return describe(target, version, nodeBinary);
		if (failures.length >= MAX_VERSIONS_TRIED) break;
		const missing = `${version}: some of its own @n8n packages are not in the registry`;
		if (recentlyUnpublishable(version)) {
			failures.push(missing);
			continue;
		}
		if (!(await ownPackagesPublished(version))) {
			markUnpublishable(version);
			failures.push(missing);
			continue;
		}
		try {
			await install(target, version);
			return describe(target, version, nodeBinary);
		} catch (error) {
			failures.push(`${version}: ${(error as Error).message.split('\n').slice(-3).join(' ')}`);
		}
	}
	throw new Error(`No n8n version matching ${target.range} installed here:\n  ${failures.join('\n  ')}`);
}

function installFolder(version: string): string {
	return join(cacheRoot(), `n8n-${version}`);
}

function stampPath(version: string): string {
	return join(installFolder(version), '.complete');
}

function isComplete(version: string): boolean {
	return existsSync(stampPath(version));
}

// A release missing its own packages is checked again after a day (they may be published late).
const RECHECK_AFTER_MS = 24 * 60 * 60 * 1000;

function unpublishableMark(version: string): string {
	return join(cacheRoot(), `n8n-${version}.incomplete-in-registry`);
}

function recentlyUnpublishable(version: string): boolean {
	const mark = unpublishableMark(version);
	return existsSync(mark) && Date.now() - statSync(mark).mtimeMs < RECHECK_AFTER_MS;
}

function markUnpublishable(version: string): void {
	mkdirSync(cacheRoot(), { recursive: true });
	writeFileSync(unpublishableMark(version), `${new Date().toISOString()}\n`);
}

function newestCachedInstall(target: N8nTarget): string | undefined {
	if (!existsSync(cacheRoot())) return undefined;
	return readdirSync(cacheRoot())
		.filter((name) => name.startsWith('n8n-') && existsSync(join(cacheRoot(), name, '.complete')))
		.map((name) => JSON.parse(readFileSync(join(cacheRoot(), name, '.complete'), 'utf8')) as CompleteStamp)
		.filter((stamp) => stamp.target === target.name)
		.map((stamp) => stamp.version)
		.sort(compareVersions)
		.pop();
}

function describe(target: N8nTarget, version: string, nodeBinary: string): N8nInstall {
	const folder = installFolder(version);
	return { target, version, folder, bin: join(folder, 'node_modules', 'n8n', 'bin', 'n8n'), nodeBinary };
}

async function install(target: N8nTarget, version: string): Promise<void> {
	const folder = installFolder(version);
	mkdirSync(cacheRoot(), { recursive: true });
	await withLock(`${folder}.lock`, async () => {
		if (isComplete(version)) return;
		rmSync(folder, { recursive: true, force: true });
		mkdirSync(folder, { recursive: true });
		writeFileSync(
			join(folder, 'package.json'),
			JSON.stringify(
				{
					name: `n8n-${version}-install`,
					private: true,
					// n8n-nodes-base asks for xlsx from SheetJS's CDN, which this machine cannot reach.
					overrides: { xlsx: '0.18.5' },
				},
				null,
				2,
			),
		);
		// Scripts stay off: several of n8n's packages download binaries from GitHub in them. The one native
		// module n8n needs at start, sqlite3, is built (or taken from the cache) just below.
		const npmInstall = runOrThrow(npm, ['install', `n8n@${version}`, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: folder });
		await withProgress(`Installing n8n ${version} into ${folder} (first run only; about 5 minutes)`, npmInstall);
		await provideSqliteBinding(folder);
		writeFileSync(stampPath(version), JSON.stringify({ target: target.name, version } satisfies CompleteStamp));
	});
}

/**
 * sqlite3 is an N-API addon: one build serves every Node version. Its install script would download a prebuilt
 * binary from GitHub (unreachable here), so it is compiled once and the binary kept in the cache.
 */
async function provideSqliteBinding(folder: string): Promise<void> {
	const moduleFolder = join(folder, 'node_modules', 'sqlite3');
	if (!existsSync(moduleFolder)) return;
	const { version } = JSON.parse(readFileSync(join(moduleFolder, 'package.json'), 'utf8')) as { version: string };
	const cached = join(cacheRoot(), `sqlite3-${version}-${process.platform}-${process.arch}`, 'node_sqlite3.node');
	const target = join(moduleFolder, 'build', 'Release', 'node_sqlite3.node');
	if (!existsSync(cached)) {
		const rebuild = run(npm, ['rebuild', 'sqlite3', '--ignore-scripts=false', '--loglevel=error'], { cwd: folder });
		const result = await withProgress(`Compiling sqlite3 ${version} for n8n's database (once per machine)`, rebuild);
		if (result.code !== 0 || !existsSync(target)) throw new Error(`Building sqlite3 failed:\n${result.stderr.slice(-2000)}`);
		mkdirSync(join(cached, '..'), { recursive: true });
		copyFileSync(target, cached);
		return;
	}
	mkdirSync(join(target, '..'), { recursive: true });
	copyFileSync(cached, target);
}
