import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';

import * as ts from 'typescript';

import { codeProblems, linkProblems, manifestProblems, requiresOf, verifyUnpacked } from '../../scripts/packages/verify';

/**
 * Regression tests for what an adversarial review found the packaging guards (verify.ts, scan.mjs, lint.mjs, the
 * publish workflows) let through. Each makes the bad thing in a temporary copy or fixture and shows the guard fails.
 */
const ROOT = join(__dirname, '..', '..');
const write = (path: string, text: string) => {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
};
const walk = (folder: string): string[] =>
	readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)]));

/** A small repository: nodes/, credentials/, icons/ and packages/n8n-nodes-example linking into them, compiled by tsc. */
function fixtureRepository(scratch: string, extraSources: Record<string, string> = {}) {
	const sources: Record<string, string> = {
		'nodes/Example/Example.node.ts': 'import { helper } from "../shared/util";\nexport class Example { description = helper(); }\n',
		'nodes/shared/util.ts': 'import { createHash } from "crypto";\nexport const helper = () => createHash("sha256").digest("hex");\n',
		'credentials/ExampleApi.credentials.ts': 'export class ExampleApi { name = "exampleApi"; }\n',
		...extraSources,
	};
	for (const [path, text] of Object.entries(sources)) write(join(scratch, path), text);
	write(join(scratch, 'icons', 'example.svg'), '<svg/>');
	const folder = join(scratch, 'packages', 'n8n-nodes-example');
	for (const sub of ['nodes', 'credentials', 'icons']) mkdirSync(join(folder, sub), { recursive: true });
	symlinkSync('../../../nodes/Example', join(folder, 'nodes', 'Example'));
	symlinkSync('../../../nodes/shared', join(folder, 'nodes', 'shared'));
	symlinkSync('../../../credentials/ExampleApi.credentials.ts', join(folder, 'credentials', 'ExampleApi.credentials.ts'));
	symlinkSync('../../../icons/example.svg', join(folder, 'icons', 'example.svg'));

	// The real compiler, with the build's module settings: what tsc makes of the sources is what would ship.
	const unpacked = join(scratch, 'unpacked');
	const program = ts.createProgram(
		Object.keys(sources).filter((path) => path.endsWith('.ts')).map((path) => join(scratch, path)),
		{ module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2021, declaration: true, rootDir: scratch, outDir: join(unpacked, 'dist'), skipLibCheck: true, types: [] },
	);
	program.emit();
	write(join(unpacked, 'dist', 'icons', 'example.svg'), '<svg/>');
	const manifest = {
		name: 'n8n-nodes-example',
		version: '0.1.0',
		license: 'MIT',
		n8n: { n8nNodesApiVersion: 1, strict: true, nodes: ['dist/nodes/Example/Example.node.js'], credentials: ['dist/credentials/ExampleApi.credentials.js'] },
		peerDependencies: { 'n8n-workflow': '*' },
	};
	write(join(unpacked, 'package.json'), JSON.stringify(manifest));
	for (const file of ['README.md', 'CHANGELOG.md', 'LICENSE']) write(join(unpacked, file), 'x');
	const entries = () => walk(unpacked).map((path) => relative(unpacked, path).split(sep).join('/')).sort();
	const pkg = { name: 'n8n-nodes-example', folder, manifest: manifest as never };
	return { folder, unpacked, entries, pkg, verify: () => verifyUnpacked(pkg, unpacked, entries()).problems };
}

describe('packaging guards (review findings)', () => {
	let scratch: string;
	beforeEach(() => {
		scratch = mkdtempSync(join(tmpdir(), 'guards-test-'));
	});
	afterEach(() => rmSync(scratch, { recursive: true, force: true }));

	it('the fixture passes as it is (so each failure below is the bad thing, not the fixture)', () => {
		expect(fixtureRepository(scratch).verify()).toEqual([]);
	});

	it('1. a .cts module (compiled to .cjs, which no .js-only guard sees) fails verify: dist/ extension and source extension', () => {
		const repo = fixtureRepository(scratch, {
			'nodes/shared/evil.cts': 'import { execSync } from "child_process";\nexport const run = () => execSync("id");\n',
			'nodes/shared/util.ts': 'import { run } from "./evil.cjs";\nexport const helper = () => String(run());\n',
		});
		expect(repo.entries()).toContain('dist/nodes/shared/evil.cjs');
		const problems = repo.verify();
		expect(problems).toContain('dist/nodes/shared/evil.cjs: dist/ may only hold .d.ts, .js, .svg, .png files');
		expect(problems).toContain('dist/nodes/shared/evil.cjs requires "child_process", which is neither inside the package nor an allowed module');
		expect(problems).toContain('nodes/shared/evil.cts: .cts/.mts/.cjs/.mjs sources are not allowed (only .ts, compiled to .js)');
		expect(problems.some((problem) => problem.startsWith('dist/nodes/shared/evil.d.cts'))).toBe(true);
	});

	it('1. a .mjs file in the source fails the link/source check', () => {
		write(join(scratch, 'nodes', 'shared', 'loader.mjs'), 'export default 1;\n');
		const repo = fixtureRepository(scratch);
		expect(linkProblems(repo.folder)).toEqual(['nodes/shared/loader.mjs: .cts/.mts/.cjs/.mjs sources are not allowed (only .ts, compiled to .js)']);
	});

	it('2. module loading without a literal require fails verify', () => {
		const cases: Array<[string, string]> = [
			['(0, eval)("require")("zlib");', 'uses eval'],
			['require.call(null, "zlib");', 'uses require other than as require("<literal>")'],
			['require.apply(null, ["zlib"]);', 'uses require other than as require("<literal>")'],
			['const r = require; r("zlib");', 'uses require other than as require("<literal>")'],
			['(module.constructor)._load("child_process");', 'uses module'],
			['new Function("return process")();', 'uses Function'],
			['process.binding("fs");', 'uses process'],
			['globalThis["req" + "uire"]("zlib");', 'uses globalThis'],
			['import("zlib");', 'uses a dynamic import()'],
			['require("zl" + "ib");', 'uses require other than as require("<literal>")'],
		];
		for (const [code, problem] of cases) {
			const repo = fixtureRepository(mkdtempSync(join(scratch, 'case-')));
			writeFileSync(join(repo.unpacked, 'dist', 'nodes', 'shared', 'util.js'), `"use strict";\n${code}\n`);
			expect(repo.verify()).toContain(`dist/nodes/shared/util.js: ${problem}`);
		}
		// Words in strings and comments, and property names, are not code.
		expect(codeProblems('// eval(process)\nconst a = "require(x) module.exports"; x.process = 1; const o = { eval: 1, module: 2 };')).toEqual([]);
		expect(requiresOf('const s = "require(\\"zlib\\")"; // require("fs")')).toEqual([]);
	});

	it('2. what tsc emits for the four packages passes the token checks', () => {
		const shipped = readdirSync(join(ROOT, 'packages'))
			.map((name) => join(ROOT, 'packages', name, 'dist'))
			.filter((folder) => existsSync(folder))
			.flatMap(walk)
			.filter((file) => file.endsWith('.js'));
		expect(shipped.length).toBeGreaterThan(100); // built by `npm run build:all`
		for (const file of shipped) expect([relative(ROOT, file), codeProblems(readFileSync(file, 'utf8'))]).toEqual([relative(ROOT, file), []]);
	});

	it('cosmetic: assembled packages carry no //# sourceMappingURL= comment (the maps are not shipped)', () => {
		const shipped = readdirSync(join(ROOT, 'packages'))
			.map((name) => join(ROOT, 'packages', name, 'dist'))
			.filter((folder) => existsSync(folder))
			.flatMap(walk)
			.filter((file) => file.endsWith('.js') || file.endsWith('.d.ts'));
		expect(shipped.length).toBeGreaterThan(100);
		for (const file of shipped) expect([relative(ROOT, file), readFileSync(file, 'utf8').includes('//# sourceMappingURL=')]).toEqual([relative(ROOT, file), false]);
	});

	it('3. a package folder holding a copy instead of a link fails verify', () => {
		const repo = fixtureRepository(scratch);
		unlinkSync(join(repo.folder, 'nodes', 'Example'));
		cpSync(join(scratch, 'nodes', 'Example'), join(repo.folder, 'nodes', 'Example'), { recursive: true });
		expect(repo.verify()).toContain('packages/n8n-nodes-example/nodes/Example is not a symbolic link: it must link to nodes/Example');
	});

	it('3. a link to another entry, and a stray file, fail', () => {
		const repo = fixtureRepository(scratch);
		unlinkSync(join(repo.folder, 'icons', 'example.svg'));
		symlinkSync('../../../nodes/Example', join(repo.folder, 'icons', 'example.svg'));
		write(join(repo.folder, 'credentials', 'notes.txt'), 'x');
		expect(linkProblems(repo.folder)).toEqual([
			'packages/n8n-nodes-example/credentials/notes.txt is not a symbolic link: it must link to credentials/notes.txt',
			'packages/n8n-nodes-example/icons/example.svg links to ../../../nodes/Example, not to icons/example.svg of the repository',
		]);
	});

	it('4. an absolute link, and a relative one escaping the repository, fail verify', () => {
		const repo = fixtureRepository(join(scratch, 'repo'));
		unlinkSync(join(repo.folder, 'nodes', 'shared'));
		symlinkSync(join(scratch, 'repo', 'nodes', 'shared'), join(repo.folder, 'nodes', 'shared'));
		expect(repo.verify()).toContain(`packages/n8n-nodes-example/nodes/shared links to the absolute path ${join(scratch, 'repo', 'nodes', 'shared')}: links must be relative`);
		unlinkSync(join(repo.folder, 'nodes', 'shared'));
		mkdirSync(join(scratch, 'elsewhere', 'nodes', 'shared'), { recursive: true });
		symlinkSync('../../../../elsewhere/nodes/shared', join(repo.folder, 'nodes', 'shared'));
		expect(repo.verify()).toContain('packages/n8n-nodes-example/nodes/shared links to ../../../../elsewhere/nodes/shared, not to nodes/shared of the repository');
	});

	it('7. package.json keys outside the allowlist, and truthy bundleDependencies, fail verify', () => {
		const base = { name: 'n8n-nodes-example', version: '0.1.0' };
		expect(manifestProblems({ ...base, type: 'module', os: ['linux'], cpu: ['x64'], bin: 'x.js', main: 'x.js', exports: './x.js' })).toEqual(
			['type', 'os', 'cpu', 'bin', 'main', 'exports'].map((key) => expect.stringContaining(`package.json has "${key}", which a package may not have`) as unknown as string),
		);
		expect(manifestProblems({ ...base, bundleDependencies: true })).toEqual(['package.json has bundleDependencies: true']);
		expect(manifestProblems({ ...base, bundledDependencies: ['zod'] })).toEqual(['package.json has bundledDependencies: ["zod"]']);
		expect(manifestProblems({ ...base, engines: { node: '*', npm: '>=1' } })).toEqual(['package.json engines must be { "node": ">=<version>" }, not {"node":"*","npm":">=1"}']);
		expect(manifestProblems({ ...base, files: ['dist', 'scripts'] })).toEqual(['package.json files must list only "dist" and "CHANGELOG.md", not ["dist","scripts"]']);

		const repo = fixtureRepository(scratch);
		const manifest = JSON.parse(readFileSync(join(repo.unpacked, 'package.json'), 'utf8')) as Record<string, unknown>;
		writeFileSync(join(repo.unpacked, 'package.json'), JSON.stringify({ ...manifest, bundleDependencies: true, main: 'dist/index.js' }));
		expect(repo.verify()).toEqual([
			'package.json has "main", which a package may not have (allowed: name, version, description, keywords, license, homepage, author, repository, bugs, engines, files, n8n, peerDependencies)',
			'package.json has bundleDependencies: true',
		]);
	});

	it('7. the four real manifests pass the allowlist', () => {
		for (const name of readdirSync(join(ROOT, 'packages'))) {
			const path = join(ROOT, 'packages', name, 'package.json');
			expect([name, existsSync(path)]).toEqual([name, true]);
			expect([name, manifestProblems(JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>)]).toEqual([name, []]);
		}
	});
});

/** Runs ESM (lint.mjs, scan.mjs export their checks) in a child node. */
function runModule(code: string, cwd = ROOT): string {
	return execFileSync('node', ['--input-type=module', '-e', code], { cwd, encoding: 'utf8' });
}

describe('lint.mjs (review finding 6)', () => {
	it('finds an ESLint directive in any comment form, and not in strings', () => {
		const text = 'const a = "// eslint-disable";\n/*\n eslint-disable\n*/\nconst r = /\\/\\* eslint-disable/; // eslint-disable-line no-var\n/* global foo */\n';
		const out = runModule(`const { directivesOf } = await import(${JSON.stringify(join(ROOT, 'scripts/packages/lint.mjs'))}); console.log(JSON.stringify(directivesOf(${JSON.stringify(text)}, 'x.ts')));`);
		expect((JSON.parse(out) as Array<{ line: number }>).map(({ line }) => line)).toEqual([2, 5, 6]);
	});

	it('runs ESLint with inline configuration off: a multi-line disable comment switches nothing off', () => {
		// Under .cache/ (git-ignored) so ESLint and its plugins resolve from the repository's node_modules.
		mkdirSync(join(ROOT, '.cache'), { recursive: true });
		const folder = mkdtempSync(join(ROOT, '.cache', 'lint-test-'));
		try {
			write(join(folder, 'eslint.config.mjs'), "export default [{ rules: { 'no-var': 'error' } }];\n");
			write(join(folder, 'bad.js'), '/*\n eslint-disable\n*/\nvar a = 1;\nexport { a };\n');
			const out = runModule(`const { lintFolder } = await import(${JSON.stringify(join(ROOT, 'scripts/packages/lint.mjs'))}); const r = await lintFolder(${JSON.stringify(folder)}, ['bad.js']); console.log(r.errors);`);
			expect(out.trim()).toBe('1');
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});
});

describe('scan.mjs on a clone (review findings 4 and 8)', () => {
	let clone: string;
	const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], { cwd: clone, encoding: 'utf8' });
	const scan = (...args: string[]) => spawnSync('node', [join(clone, 'scripts', 'packages', 'scan.mjs'), ...args], { cwd: clone, encoding: 'utf8' });

	beforeEach(() => {
		clone = mkdtempSync(join(tmpdir(), 'scan-test-'));
		execFileSync('git', ['clone', '-q', '--shared', ROOT, clone]);
		// The clone's own copy of scan.mjs (this branch's, maybe uncommitted), and the repository's node_modules.
		cpSync(join(ROOT, 'scripts', 'packages', 'scan.mjs'), join(clone, 'scripts', 'packages', 'scan.mjs'));
		symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));
		writeFileSync(join(clone, '.git', 'info', 'exclude'), 'node_modules\n');
		git('add', '-A');
		git('commit', '-q', '--allow-empty', '-m', 'test: this scan.mjs');
	});
	afterEach(() => rmSync(clone, { recursive: true, force: true }));

	it('8. fails on uncommitted changes anywhere, unless --allow-dirty (which warns)', () => {
		write(join(clone, 'nodes', 'shared', 'stray.ts'), 'export const x = 1;\n');
		const dirty = scan();
		expect(dirty.status).toBe(1);
		expect(dirty.stderr).toContain('The working tree has uncommitted changes');
		expect(dirty.stderr).toContain('nodes/shared/stray.ts');
		expect(dirty.stderr).toContain('npm run scan -- --allow-dirty');

		// --allow-dirty gets past the check, loudly (the scan then fails on the tarballs this clone has not packed).
		const allowed = scan('--allow-dirty');
		expect(allowed.stderr).toContain('WARNING: --allow-dirty');
		expect(allowed.stderr).toContain('nodes/shared/stray.ts');
		expect(allowed.stdout).toContain('is missing: run npm run pack');
	});

	it('3. fails when a package folder holds a committed copy instead of a link', () => {
		const link = join(clone, 'packages', 'n8n-nodes-jobcase', 'nodes', 'Jobcase');
		unlinkSync(link);
		cpSync(join(clone, 'nodes', 'Jobcase'), link, { recursive: true });
		git('add', '-A');
		git('commit', '-q', '-m', 'test: a copy');
		const result = scan();
		expect(result.status).toBe(1);
		expect(result.stdout).toContain('packages/n8n-nodes-jobcase/nodes/Jobcase is not a relative link to nodes/Jobcase of the committed tree');
	});

	it('1. fails when a tarball ships a .cjs (which the scanner\'s own dist patterns skip)', () => {
		const tarballs = join(ROOT, 'dist-packages');
		expect({ packed: existsSync(join(tarballs, 'n8n-nodes-jobcase-0.1.0.tgz')), fix: 'npm run pack' }).toEqual({ packed: true, fix: 'npm run pack' });
		cpSync(tarballs, join(clone, 'dist-packages'), { recursive: true });
		const unpacked = join(clone, 'unpacked-jobcase');
		mkdirSync(unpacked);
		execFileSync('tar', ['-xzf', join(tarballs, 'n8n-nodes-jobcase-0.1.0.tgz'), '-C', unpacked]);
		write(join(unpacked, 'package', 'dist', 'nodes', 'shared', 'evil.cjs'), 'require("child_process").execSync("id");\n');
		execFileSync('tar', ['-czf', join(clone, 'dist-packages', 'n8n-nodes-jobcase-0.1.0.tgz'), '-C', unpacked, 'package']);
		rmSync(unpacked, { recursive: true, force: true });
		const result = scan();
		expect(result.status).toBe(1);
		expect(result.stdout).toContain('the tarball ships JavaScript the scanner does not look at: dist/nodes/shared/evil.cjs');
		expect(result.stdout).toContain('the source leg does not see the TypeScript of 1 shipped file(s): nodes/shared/evil.cts');
	});

	it('4. fails when a committed link resolves outside the checkout', () => {
		const link = join(clone, 'packages', 'n8n-nodes-jobcase', 'nodes', 'shared');
		unlinkSync(link);
		symlinkSync(join(ROOT, 'nodes', 'shared'), link);
		git('add', '-A');
		git('commit', '-q', '-m', 'test: absolute link');
		const result = scan();
		expect(result.status).toBe(1);
		expect(result.stderr).toContain("Links in the committed tree that resolve outside it (n8n's source leg would not follow them)");
		expect(result.stderr).toContain('packages/n8n-nodes-jobcase/nodes/shared');
	});
});
