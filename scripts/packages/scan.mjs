// `npm run scan`: n8n's verification scan (@n8n/scan-community-package), both legs, offline, for every package
// under packages/. What the scanner does after its downloads (analyzePackageByName in scanner/scanner.mjs):
//   source leg: the repository at the provenance commit → findPackageRoot(source, name) →
//               analyzePackage(root, SOURCE_FILE_PATTERNS)  (package.json + {nodes,credentials}/**/*.{js,ts,json})
//   dist leg:   the tarball, unpacked → analyzePackage(dir, ['**/*.js', 'package.json'])
// Here the repository is `git archive HEAD` (the committed tree: CI runs on a clean clone, and a release is built
// from a commit) and the tarball is the one `npm run pack` wrote into dist-packages/. Before a pass is trusted, the
// source leg is shown not to be vacuous: every .js in the tarball's dist/ must have its .ts among the files the
// source leg's patterns match (same fast-glob, same options). ESM, run by node directly (not compiled by tsc).
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const requireFromRoot = createRequire(join(PROJECT_ROOT, 'package.json'));
const scannerPath = requireFromRoot.resolve('@n8n/scan-community-package/scanner/scanner.mjs');
const { analyzePackage, findPackageRoot, SOURCE_FILE_PATTERNS } = await import(scannerPath);
// The scanner's own fast-glob, to list what its source leg lints exactly as analyzePackage does.
const glob = createRequire(scannerPath)('fast-glob');
const DIST_PATTERNS = ['**/*.js', 'package.json'];
// Anything Node may load as JavaScript, whether or not the scanner's patterns look at it.
const JAVASCRIPT = /\.(js|cjs|mjs)$/;
const SOURCE_OF = { '.js': '.ts', '.cjs': '.cts', '.mjs': '.mts' };
const GLOB_OPTIONS = { ignore: ['node_modules/**', '**/package-lock.json'] };

const scannerVersion = JSON.parse(readFileSync(join(dirname(scannerPath), '..', 'package.json'), 'utf8')).version;

function listed(folder, patterns) {
	return glob.sync(patterns, { cwd: folder, ...GLOB_OPTIONS }).map((file) => file.split(sep).join('/')).sort();
}

function packages() {
	const folder = join(PROJECT_ROOT, 'packages');
	return readdirSync(folder)
		.filter((entry) => existsSync(join(folder, entry, 'package.json')))
		.sort()
		.map((entry) => JSON.parse(readFileSync(join(folder, entry, 'package.json'), 'utf8')));
}

/**
 * The symbolic links of a checkout that resolve outside it (absolute, or escaping with ..): n8n's source leg, run on
 * a clone elsewhere, would not follow them, so a pass here would mean nothing.
 */
export function escapingLinks(checkout) {
	const real = realpathSync(checkout);
	const found = [];
	const visit = (folder) => {
		for (const entry of readdirSync(folder)) {
			if (entry === '.git' || entry === 'node_modules') continue;
			const path = join(folder, entry);
			if (lstatSync(path).isSymbolicLink()) {
				let target;
				try {
					target = realpathSync(path);
				} catch {
					found.push(`${relative(checkout, path)} (dangling)`);
					continue;
				}
				if (target !== real && !target.startsWith(real + sep)) found.push(`${relative(checkout, path)} → ${target}`);
			} else if (lstatSync(path).isDirectory()) visit(path);
		}
	};
	visit(checkout);
	return found.sort();
}

/** Uncommitted changes anywhere in the repository (tracked files changed, untracked files not ignored). */
export function dirtyFiles(cwd = PROJECT_ROOT) {
	return execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd, encoding: 'utf8' }).trim();
}

function git(...args) {
	return execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8' });
}

async function scan(manifest, sourceCheckout, scratch) {
	const { name, version } = manifest;
	const problems = [];

	// The package folder must hold only relative links to the same entry of the checkout's nodes/, credentials/ and
	// icons/: a copy would be linted here while the tarball ships the root build.
	const realCheckout = realpathSync(sourceCheckout);
	for (const sub of ['nodes', 'credentials', 'icons']) {
		const folder = join(sourceCheckout, 'packages', name, sub);
		if (!existsSync(folder)) continue;
		for (const entry of readdirSync(folder)) {
			const path = join(folder, entry);
			let real;
			try {
				real = realpathSync(path);
			} catch {
				real = undefined;
			}
			if (!lstatSync(path).isSymbolicLink() || real !== join(realCheckout, sub, entry)) {
				problems.push(`packages/${name}/${sub}/${entry} is not a relative link to ${sub}/${entry} of the committed tree`);
			}
		}
	}

	// Source leg.
	const root = findPackageRoot(sourceCheckout, name);
	let source = { files: [], result: { passed: false, message: `no folder with a package.json named ${name} in the committed tree` } };
	if (root) {
		// By real path inside the checkout: a file counts once, and only if it is really in the checkout.
		const realCheckout = realpathSync(sourceCheckout);
		const files = listed(root, SOURCE_FILE_PATTERNS).filter((file) => {
			const real = realpathSync(join(root, file));
			return real.startsWith(realCheckout + sep);
		});
		source = { root: relative(sourceCheckout, root), files, result: await analyzePackage(root, SOURCE_FILE_PATTERNS) };
	}

	// Dist leg.
	const tarball = join(PROJECT_ROOT, 'dist-packages', `${name}-${version}.tgz`);
	let dist = { files: [], result: { passed: false, message: `${relative(PROJECT_ROOT, tarball)} is missing: run npm run pack` } };
	if (existsSync(tarball)) {
		const unpacked = mkdtempSync(join(scratch, `${name}-`));
		execFileSync('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
		dist = { unpacked, files: listed(unpacked, DIST_PATTERNS), result: await analyzePackage(unpacked, DIST_PATTERNS) };
	}

	// Not vacuous: the source leg saw the TypeScript of every file that ships.
	const seen = new Set(source.files);
	let shipped = dist.files.filter((file) => file.startsWith('dist/') && JAVASCRIPT.test(file));
	if (dist.unpacked) {
		// Every JavaScript-like file, including the .cjs/.mjs the scanner's own patterns skip.
		shipped = listed(dist.unpacked, ['dist/**/*.{js,cjs,mjs}']);
		const skipped = shipped.filter((file) => !file.endsWith('.js'));
		if (skipped.length > 0) problems.push(`the tarball ships JavaScript the scanner does not look at: ${skipped.join(', ')}`);
	}
	const unseen = shipped.map((file) => file.replace(/^dist\//, '').replace(JAVASCRIPT, (extension) => SOURCE_OF[extension])).filter((file) => !seen.has(file));
	if (shipped.length === 0) problems.push('the tarball ships no JavaScript');
	if (unseen.length > 0) problems.push(`the source leg does not see the TypeScript of ${unseen.length} shipped file(s): ${unseen.slice(0, 10).join(', ')}${unseen.length > 10 ? ', …' : ''}`);
	if (source.files.filter((file) => file.endsWith('.ts')).length === 0) problems.push('the source leg lints no TypeScript (a pass would be vacuous)');

	return { name, version, source, dist, shipped: shipped.length, covered: shipped.length - unseen.length, problems };
}

function printLeg(label, leg) {
	const status = leg.result.passed ? 'PASS' : 'FAIL';
	const where = leg.root !== undefined ? ` (in ${leg.root || '.'})` : '';
	const typescript = leg.files.filter((file) => file.endsWith('.ts')).length;
	const javascript = leg.files.filter((file) => file.endsWith('.js')).length;
	console.log(`  ${label}: ${status}: ${leg.files.length} files linted${where} (${typescript} .ts, ${javascript} .js, ${leg.files.length - typescript - javascript} .json)`);
	if (!leg.result.passed && leg.result.message) console.log(`    ${leg.result.message}`);
	if (leg.result.details) console.log(leg.result.details.replace(/^/gm, '    '));
}

async function main() {
	const head = git('rev-parse', 'HEAD').trim();
	const dirty = dirtyFiles();
	const allowDirty = process.argv.includes('--allow-dirty');
	console.log(`@n8n/scan-community-package ${scannerVersion}; source leg on the committed tree at ${head.slice(0, 12)} (git archive HEAD)`);
	if (dirty && !allowDirty) {
		console.error(`The working tree has uncommitted changes: the source leg scans the commit, the tarballs were built from the working tree, so a pass would not be about what ships. Commit (or stash) first, or run \`npm run scan -- --allow-dirty\` for a local check.\n${dirty.replace(/^/gm, '  ')}`);
		process.exitCode = 1;
		return;
	}
	if (dirty) console.warn(`WARNING: --allow-dirty: these uncommitted changes are NOT in the source leg, and this scan says nothing about a release:\n${dirty.replace(/^/gm, '  ')}`);

	const scratch = mkdtempSync(join(tmpdir(), 'n8n-scan-'));
	try {
		const checkout = join(scratch, 'source');
		execFileSync('mkdir', [checkout]);
		execFileSync('sh', ['-c', 'git archive --format=tar HEAD | tar -xf - -C "$1"', 'sh', checkout], { cwd: PROJECT_ROOT });
		const escaping = escapingLinks(checkout);
		if (escaping.length > 0) {
			console.error(`Links in the committed tree that resolve outside it (n8n's source leg would not follow them):\n${escaping.map((link) => `  ${link}`).join('\n')}`);
			process.exitCode = 1;
			return;
		}

		let failed = 0;
		for (const manifest of packages()) {
			const report = await scan(manifest, checkout, scratch);
			const passed = report.source.result.passed && report.dist.result.passed && report.problems.length === 0;
			if (!passed) failed++;
			console.log(`\n${report.name}@${report.version}: ${passed ? 'PASS' : 'FAIL'}`);
			printLeg('source leg', report.source);
			printLeg('dist leg  ', report.dist);
			console.log(`  shipped .js whose .ts the source leg lints: ${report.covered} of ${report.shipped}`);
			for (const problem of report.problems) console.log(`  ${problem}`);
		}
		console.log(failed === 0 ? '\nScan passed for every package.' : `\nScan failed for ${failed} package(s).`);
		process.exitCode = failed === 0 ? 0 : 1;
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
