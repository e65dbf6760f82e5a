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
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

function git(...args) {
	return execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8' });
}

async function scan(manifest, sourceCheckout, scratch) {
	const { name, version } = manifest;
	const problems = [];

	// Source leg.
	const root = findPackageRoot(sourceCheckout, name);
	let source = { files: [], result: { passed: false, message: `no folder with a package.json named ${name} in the committed tree` } };
	if (root) {
		const files = listed(root, SOURCE_FILE_PATTERNS);
		source = { root: relative(sourceCheckout, root), files, result: await analyzePackage(root, SOURCE_FILE_PATTERNS) };
	}

	// Dist leg.
	const tarball = join(PROJECT_ROOT, 'dist-packages', `${name}-${version}.tgz`);
	let dist = { files: [], result: { passed: false, message: `${relative(PROJECT_ROOT, tarball)} is missing: run npm run pack` } };
	if (existsSync(tarball)) {
		const unpacked = mkdtempSync(join(scratch, `${name}-`));
		execFileSync('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
		dist = { files: listed(unpacked, DIST_PATTERNS), result: await analyzePackage(unpacked, DIST_PATTERNS) };
	}

	// Not vacuous: the source leg saw the TypeScript of every file that ships.
	const seen = new Set(source.files);
	const shipped = dist.files.filter((file) => file.startsWith('dist/') && file.endsWith('.js'));
	const unseen = shipped.map((file) => file.replace(/^dist\//, '').replace(/\.js$/, '.ts')).filter((file) => !seen.has(file));
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
	const dirty = git('status', '--porcelain', '--', 'packages', 'nodes', 'credentials', 'icons').trim();
	console.log(`@n8n/scan-community-package ${scannerVersion}; source leg on the committed tree at ${head.slice(0, 12)} (git archive HEAD)`);
	if (dirty) console.log(`Note: uncommitted changes under packages/, nodes/, credentials/ or icons/ are not in the source leg:\n${dirty.replace(/^/gm, '  ')}`);

	const scratch = mkdtempSync(join(tmpdir(), 'n8n-scan-'));
	try {
		const checkout = join(scratch, 'source');
		execFileSync('mkdir', [checkout]);
		execFileSync('sh', ['-c', 'git archive --format=tar HEAD | tar -xf - -C "$1"', 'sh', checkout], { cwd: PROJECT_ROOT });

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

await main();
