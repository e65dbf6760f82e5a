import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { checkRootManifest } from '../../scripts/packages/pack';
import { listPackages } from '../../scripts/packages/packages';
import { requiresOf, sourceTypeScript, verifyUnpacked } from '../../scripts/packages/verify';

/** The checks `npm run pack` makes on each tarball, on small hand-made packages. */
describe('the tarball checks of npm run pack', () => {
	let scratch: string;
	let source: string;
	let unpacked: string;

	const write = (path: string, text: string) => {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text);
	};
	const manifest = (extra: Record<string, unknown> = {}) =>
		JSON.stringify({
			name: 'n8n-nodes-example',
			version: '0.1.0',
			license: 'MIT',
			n8n: { n8nNodesApiVersion: 1, strict: true, nodes: ['dist/nodes/Example/Example.node.js'], credentials: ['dist/credentials/ExampleApi.credentials.js'] },
			peerDependencies: { 'n8n-workflow': '*' },
			...extra,
		});
	const pkg = () => ({ name: 'n8n-nodes-example', folder: source, manifest: JSON.parse(manifest()) as never });

	beforeEach(() => {
		scratch = mkdtempSync(join(tmpdir(), 'verify-test-'));
		// The shared source, and a package folder that links to it (as packages/<name>/ does).
		// scratch is the repository: its nodes/ and credentials/, and packages/<name>/ linking into them.
		write(join(scratch, 'nodes', 'Example', 'Example.node.ts'), '');
		write(join(scratch, 'nodes', 'shared', 'util.ts'), '');
		write(join(scratch, 'credentials', 'ExampleApi.credentials.ts'), '');
		source = join(scratch, 'packages', 'n8n-nodes-example');
		mkdirSync(join(source, 'nodes'), { recursive: true });
		mkdirSync(join(source, 'credentials'), { recursive: true });
		symlinkSync('../../../nodes/Example', join(source, 'nodes', 'Example'));
		symlinkSync('../../../nodes/shared', join(source, 'nodes', 'shared'));
		symlinkSync('../../../credentials/ExampleApi.credentials.ts', join(source, 'credentials', 'ExampleApi.credentials.ts'));

		unpacked = join(scratch, 'unpacked');
		write(join(unpacked, 'package.json'), manifest());
		for (const file of ['README.md', 'CHANGELOG.md', 'LICENSE']) write(join(unpacked, file), 'x');
		write(join(unpacked, 'dist', 'nodes', 'Example', 'Example.node.js'), 'const n8n_workflow_1 = require("n8n-workflow");\nconst util_1 = require("../shared/util");\n');
		write(join(unpacked, 'dist', 'nodes', 'shared', 'util.js'), 'const crypto_1 = require("crypto");\n');
		write(join(unpacked, 'dist', 'credentials', 'ExampleApi.credentials.js'), 'const util_1 = require("../nodes/shared/util");\n');
	});
	afterEach(() => rmSync(scratch, { recursive: true, force: true }));

	const entries = () => ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/nodes/Example/Example.node.js', 'dist/nodes/shared/util.js', 'dist/credentials/ExampleApi.credentials.js'];

	it('passes a package that holds what its links reach and requires only its own files and allowed modules', () => {
		expect(sourceTypeScript(source)).toEqual(['credentials/ExampleApi.credentials.ts', 'nodes/Example/Example.node.ts', 'nodes/shared/util.ts']);
		expect(verifyUnpacked(pkg(), unpacked, entries()).problems).toEqual([]);
	});

	it('names a stray file, a missing changelog, a require of a module n8n does not allow and one outside the package', () => {
		write(join(unpacked, 'src', 'index.ts'), '');
		write(join(unpacked, 'dist', 'nodes', 'shared', 'util.js'), 'require("zlib"); require("../../../../other/x");\n');
		const listed = [...entries().filter((entry) => entry !== 'CHANGELOG.md'), 'src/index.ts'];
		expect(verifyUnpacked(pkg(), unpacked, listed).problems).toEqual([
			'unexpected file in the tarball: src/index.ts',
			'CHANGELOG.md is missing from the tarball',
			'dist/nodes/shared/util.js requires "zlib", which is neither inside the package nor an allowed module',
			'dist/nodes/shared/util.js requires "../../../../other/x", outside the package',
		]);
	});

	it('names a node not listed in n8n.nodes, and JavaScript whose TypeScript the package folder does not reach', () => {
		write(join(unpacked, 'dist', 'nodes', 'Other', 'Other.node.js'), '');
		const problems = verifyUnpacked(pkg(), unpacked, [...entries(), 'dist/nodes/Other/Other.node.js']).problems;
		expect(problems).toEqual([
			'n8n.nodes lists ["dist/nodes/Example/Example.node.js"] but dist/ holds ["dist/nodes/Example/Example.node.js","dist/nodes/Other/Other.node.js"]',
			'dist/nodes/Other/Other.node.js has no TypeScript source nodes/Other/Other.node.ts in packages/n8n-nodes-example (links)',
		]);
	});

	it('names runtime dependencies, a missing strict flag and extra peer dependencies', () => {
		write(join(unpacked, 'package.json'), manifest({ dependencies: { axios: '1' }, peerDependencies: { 'n8n-workflow': '*', zod: '*' }, n8n: { ...JSON.parse(manifest()).n8n, strict: false } }));
		expect(verifyUnpacked(pkg(), unpacked, entries()).problems).toEqual([
			'n8n.strict is not true',
			'peerDependencies must be exactly n8n-workflow, not {"n8n-workflow":"*","zod":"*"}',
			'package.json has dependencies: {"axios":"1"}',
		]);
	});

	it('finds the literal requires tsc emits and flags the ones it cannot check', () => {
		expect(requiresOf('const a = require("n8n-workflow"); const b = require(\'./b\');')).toEqual(['n8n-workflow', './b']);
		expect(requiresOf('const a = require(name);')).toEqual(['<non-literal require>']);
	});
});

describe('the packages of this repository', () => {
	it('are four, each with only n8n-workflow as a peer dependency and strict mode on', () => {
		const packages = listPackages();
		expect(packages.map((pkg) => pkg.name)).toEqual(['n8n-nodes-cegid-recruiting', 'n8n-nodes-jobcase', 'n8n-nodes-jobtrain', 'n8n-nodes-nhsjob']);
		for (const { manifest } of packages) {
			expect(manifest.peerDependencies).toEqual({ 'n8n-workflow': '*' });
			expect(manifest.dependencies).toBeUndefined();
			expect(manifest.n8n?.strict).toBe(true);
		}
	});

	it('list together what the root package.json lists', () => {
		expect(checkRootManifest()).toEqual([]);
	});
});
