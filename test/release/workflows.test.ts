/**
 * The publishing workflows, one per package under packages/: each is checked against its package, so a package
 * added without a workflow (or a workflow left behind by a removed package) fails here.
 *
 * What n8n's verification needs from a release: published from a GitHub Action with an npm provenance statement
 * (`id-token: write`, `npm publish --provenance`), public, and only after the build, lint and tests passed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parse, stringify } from 'yaml';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lintWorkflowTexts } = require('../../scripts/lintWorkflows.cjs') as {
	lintWorkflowTexts: (files: Array<{ path: string; text: string }>) => Promise<Array<{ file: string; line: number; column: number; kind: string; message: string }>>;
};

const root = join(__dirname, '..', '..');
const packagesFolder = join(root, 'packages');
const workflowsFolder = join(root, '.github', 'workflows');

interface PackageInfo {
	/** The folder under packages/, which is also the npm name. */
	readonly folder: string;
	/** package.json, once the package's manifest exists. */
	readonly manifest?: { name: string; version: string };
}

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	if?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
	'continue-on-error'?: unknown;
	id?: string;
}

interface Job {
	'runs-on'?: unknown;
	permissions?: unknown;
	env?: Record<string, string>;
	steps?: Step[];
	if?: string;
}

interface Workflow {
	on: Record<string, unknown>;
	permissions?: unknown;
	env?: Record<string, string>;
	jobs: Record<string, Job>;
}

/** Every package folder under packages/ (a folder with a package.json, or with the README.md that is its npm page). */
function listPackages(): PackageInfo[] {
	if (!existsSync(packagesFolder)) return [];
	return readdirSync(packagesFolder, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.filter((entry) => ['package.json', 'README.md'].some((file) => existsSync(join(packagesFolder, entry.name, file))))
		.map((entry) => {
			const manifestPath = join(packagesFolder, entry.name, 'package.json');
			const manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as { name: string; version: string }) : undefined;
			return { folder: entry.name, manifest };
		})
		.sort((a, b) => a.folder.localeCompare(b.folder));
}

const packages = listPackages();
const publishWorkflowPath = (name: string) => join(workflowsFolder, `publish-${name}.yml`);
const readWorkflow = (name: string) => parse(readFileSync(publishWorkflowPath(name), 'utf8')) as Workflow;

/**
 * A GitHub Actions filter pattern (on.push.tags) as a regular expression: `*` any characters but `/`, `**` any
 * characters, `?` / `+` zero-or-one / one-or-more of the preceding character or class, `[...]` a class, `\` escapes.
 */
function githubPatternToRegExp(pattern: string): RegExp {
	let source = '';
	for (let i = 0; i < pattern.length; i++) {
		const char = pattern[i];
		if (char === '*') {
			if (pattern[i + 1] === '*') {
				source += '.*';
				i++;
			} else {
				source += '[^/]*';
			}
		} else if (char === '?' || char === '+') {
			source += char;
		} else if (char === '[') {
			const end = pattern.indexOf(']', i);
			if (end < 0) throw new Error(`unclosed [ in ${pattern}`);
			source += pattern.slice(i, end + 1);
			i = end;
		} else if (char === '\\') {
			source += `\\${pattern[++i]}`;
		} else {
			source += char.replace(/[.^$|(){}]/g, '\\$&');
		}
	}
	return new RegExp(`^${source}$`);
}

/** The steps of the job that publishes, up to and including its `npm publish`. */
function publishJob(workflow: Workflow): { jobName: string; job: Job; steps: Step[]; publishIndex: number } {
	const candidates = Object.entries(workflow.jobs).flatMap(([jobName, job]) =>
		(job.steps ?? []).flatMap((step, index) => (/\bnpm publish\b/.test(step.run ?? '') ? [{ jobName, job, steps: job.steps ?? [], publishIndex: index }] : [])),
	);
	expect(candidates).toHaveLength(1);
	return candidates[0];
}

const indexOfRun = (steps: Step[], command: RegExp) => steps.findIndex((step) => command.test(step.run ?? ''));

describe('release workflows', () => {
	it('finds the packages (the list every check below is generated from)', () => {
		expect(packages.length).toBeGreaterThan(0);
		for (const { folder, manifest } of packages) {
			if (manifest) expect(manifest.name).toBe(folder);
		}
	});

	it('has a publishing workflow for every package, and none for a package that does not exist', () => {
		const expected = packages.map(({ folder }) => `publish-${folder}.yml`).sort();
		const present = readdirSync(workflowsFolder).filter((name) => name.startsWith('publish-')).sort();
		expect(present).toEqual(expected);
	});

	it('passes actionlint', async () => {
		const files = readdirSync(workflowsFolder)
			.filter((name) => /\.ya?ml$/.test(name))
			.map((name) => ({ path: `.github/workflows/${name}`, text: readFileSync(join(workflowsFolder, name), 'utf8') }));
		expect(files.length).toBeGreaterThan(packages.length - 1);
		expect(await lintWorkflowTexts(files)).toEqual([]);
	});

	it('actionlint catches a job without runs-on, a needs on a missing job, a bad expression and a bad permission', async () => {
		const name = packages[0].folder;
		const text = readFileSync(publishWorkflowPath(name), 'utf8');
		const workflow = parse(text) as Workflow;
		const [jobName] = Object.keys(workflow.jobs);

		const withoutRunsOn = structuredClone(workflow);
		delete withoutRunsOn.jobs[jobName]['runs-on'];
		const badNeeds = structuredClone(workflow);
		badNeeds.jobs.after = { 'runs-on': 'ubuntu-latest', needs: 'no-such-job', steps: [{ run: 'true' }] } as Job;
		const badPermission = structuredClone(workflow);
		badPermission.permissions = { contents: 'read', 'id-token': 'wirte' };
		const badExpression = text.replace('steps.version.outputs.version', 'steps.versoin.outputs.version');
		expect(badExpression).not.toBe(text);

		const findings = await lintWorkflowTexts([
			{ path: 'no-runs-on.yml', text: stringify(withoutRunsOn) },
			{ path: 'bad-needs.yml', text: stringify(badNeeds) },
			{ path: 'bad-permission.yml', text: stringify(badPermission) },
			{ path: 'bad-expression.yml', text: badExpression },
		]);
		const kinds = (file: string) => findings.filter((finding) => finding.file === file).map((finding) => `${finding.kind}: ${finding.message}`);
		expect(kinds('no-runs-on.yml')).toEqual([expect.stringMatching(/"runs-on" section is missing/)]);
		expect(kinds('bad-needs.yml')).toEqual([expect.stringMatching(/^job-needs: .*"no-such-job" which does not exist/)]);
		expect(kinds('bad-permission.yml')).toEqual([expect.stringMatching(/^permissions: "wirte" is invalid/)]);
		expect(kinds('bad-expression.yml').length).toBeGreaterThan(0);
		expect(kinds('bad-expression.yml').every((kind) => kind.startsWith('expression:'))).toBe(true);
	});

	it('npm run lint:workflows fails on a broken workflow and names the file and line', () => {
		const scratch = mkdtempSync(join(tmpdir(), 'lint-workflows-'));
		try {
			const broken = join(scratch, 'broken.yml');
			writeFileSync(broken, 'on: push\njobs:\n  a:\n    steps:\n      - run: "true"\n');
			let status = 0;
			let stderr = '';
			try {
				execFileSync(process.execPath, [join(root, 'scripts', 'lintWorkflows.cjs'), broken], { cwd: root, stdio: 'pipe' });
			} catch (error) {
				status = (error as { status: number }).status;
				stderr = String((error as { stderr: Buffer }).stderr);
			}
			expect(status).toBe(1);
			expect(stderr).toMatch(/broken\.yml:3:3: "runs-on" section is missing in job "a" \[syntax-check\]/);
		} finally {
			rmSync(scratch, { recursive: true, force: true });
		}
	});
});

describe.each(packages.map((pkg) => [pkg.folder, pkg] as const))('publish-%s.yml', (name, pkg) => {
	const others = packages.filter(({ folder }) => folder !== name).map(({ folder }) => folder);

	it('runs only on a tag <package>@<version> of this package', () => {
		const workflow = readWorkflow(name);
		expect(Object.keys(workflow.on)).toEqual(['push']);
		const push = workflow.on.push as Record<string, unknown>;
		expect(Object.keys(push)).toEqual(['tags']);
		const patterns = (push.tags as string[]).map(githubPatternToRegExp);
		const matches = (tag: string) => patterns.some((pattern) => pattern.test(tag));

		for (const version of ['0.1.0', '1.2.3', '10.20.30', '1.0.0-beta.1', ...(pkg.manifest ? [pkg.manifest.version] : [])]) {
			expect(matches(`${name}@${version}`)).toBe(true);
		}
		for (const tag of [`${name}@`, `${name}@latest`, `${name}@v1.0.0`, `${name}-extra@0.1.0`, `x${name}@0.1.0`, `${name}@0.1.0/x`, 'v0.1.0', '0.1.0']) {
			expect(matches(tag)).toBe(false);
		}
		for (const other of others) expect(matches(`${other}@0.1.0`)).toBe(false);
	});

	it('may read the repository and request an OIDC token (id-token: write), nothing more', () => {
		const workflow = readWorkflow(name);
		expect(workflow.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
		for (const job of Object.values(workflow.jobs)) {
			if (job.permissions !== undefined) expect(job.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
		}
	});

	it('publishes exactly this package\'s tarball, public, with provenance', () => {
		const workflow = readWorkflow(name);
		const { steps, publishIndex } = publishJob(workflow);
		const publish = steps[publishIndex];
		const command = (publish.run ?? '').trim();
		expect(command.split('\n')).toHaveLength(1);
		// Expressions (`${{ … }}`) hold spaces: each becomes one word.
		const words = command.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => `\${{${expression.replace(/\s+/g, '')}}}`).split(/\s+/);
		expect(words.slice(0, 2)).toEqual(['npm', 'publish']);
		const options = words.slice(2).filter((word) => word.startsWith('-'));
		const distTag = '"${{steps.version.outputs.dist_tag}}"';
		const targets = words.slice(2).filter((word) => !word.startsWith('-') && word !== 'public' && word !== distTag);
		expect(options.sort()).toEqual(['--access', '--provenance', '--tag']);
		expect(command).toMatch(/--access public(\s|$)/);
		// The dist-tag the version step computed (next for a prerelease, latest otherwise).
		expect(words[words.indexOf('--tag') + 1]).toBe(distTag);
		expect(targets).toHaveLength(1);
		expect(targets[0].replace(/^"|"$/g, '')).toBe(`dist-packages/${name}-\${{steps.version.outputs.version}}.tgz`);
		// The token, if any, is the npm token secret; no other secret reaches the workflow.
		if (publish.env?.NODE_AUTH_TOKEN !== undefined) expect(publish.env.NODE_AUTH_TOKEN).toBe('${{ secrets.NPM_TOKEN }}');
		const secrets = readFileSync(publishWorkflowPath(name), 'utf8').match(/secrets\.[A-Za-z_0-9]+/g) ?? [];
		expect([...new Set(secrets)]).toEqual(secrets.length > 0 ? ['secrets.NPM_TOKEN'] : []);
	});

	it('installs, builds, lints and tests, then packs and scans before publishing, and nothing can skip them', () => {
		const workflow = readWorkflow(name);
		const { job, steps, publishIndex } = publishJob(workflow);
		expect(job.if).toBeUndefined();

		const checkout = steps.findIndex((step) => /^actions\/checkout@v\d+$/.test(step.uses ?? ''));
		const setupNode = steps.findIndex((step) => /^actions\/setup-node@v\d+$/.test(step.uses ?? ''));
		expect(checkout).toBe(0);
		expect(setupNode).toBeGreaterThan(checkout);
		expect(String(steps[setupNode].with?.['node-version'])).toBe('20');
		expect(steps[setupNode].with?.['registry-url']).toBe('https://registry.npmjs.org');

		const order = [/^npm ci\b/m, /^npm run build$/m, /^npm run lint$/m, /^npm test$/m, /^npm run pack$/m].map((command) => indexOfRun(steps, command));
		expect(order.every((index) => index > setupNode)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		expect(order[order.length - 1]).toBeLessThan(publishIndex);
		const scan = indexOfRun(steps, /^npm run scan$/m);
		expect(scan).toBeGreaterThan(order[order.length - 1]);
		expect(scan).toBeLessThan(publishIndex);

		const versionCheck = steps.findIndex((step) => step.id === 'version');
		expect(versionCheck).toBeGreaterThan(setupNode);
		expect(versionCheck).toBeLessThan(publishIndex);
		expect(steps[versionCheck].run).toContain(`packages/\${PACKAGE}/package.json`);

		for (const step of steps.slice(0, publishIndex + 1)) {
			expect(step.if).toBeUndefined();
			expect(step['continue-on-error']).toBeUndefined();
		}
		expect(steps.slice(publishIndex + 1)).toEqual([]);
		expect({ ...workflow.env, ...job.env }.PACKAGE).toBe(name);
	});

	it('refuses a tag whose version is not the one in packages/<package>/package.json, and publishes a prerelease as next', () => {
		const workflow = readWorkflow(name);
		const { job, steps } = publishJob(workflow);
		const script = steps.find((step) => step.id === 'version')?.run ?? '';
		const version = pkg.manifest?.version ?? '0.1.0';

		const scratch = mkdtempSync(join(tmpdir(), 'release-version-'));
		try {
			mkdirSync(join(scratch, 'packages', name), { recursive: true });
			const setVersion = (manifestVersion: string) => writeFileSync(join(scratch, 'packages', name, 'package.json'), JSON.stringify({ name, version: manifestVersion }));
			setVersion(version);
			const output = join(scratch, 'github-output');
			const runStep = (tag: string) => {
				writeFileSync(output, '');
				try {
					const stdout = execFileSync('bash', ['-e', '-c', script], {
						cwd: scratch,
						env: { PATH: process.env.PATH, ...workflow.env, ...job.env, GITHUB_REF_NAME: tag, GITHUB_OUTPUT: output },
						stdio: 'pipe',
					});
					return { status: 0, out: String(stdout), written: readFileSync(output, 'utf8') };
				} catch (error) {
					return { status: (error as { status: number }).status, out: String((error as { stdout: Buffer }).stdout), written: readFileSync(output, 'utf8') };
				}
			};

			const stable = version.includes('-') ? '0.1.0' : version;
			setVersion(stable);
			expect(runStep(`${name}@${stable}`)).toEqual({ status: 0, out: '', written: `version=${stable}\ndist_tag=latest\n` });
			const wrong = runStep(`${name}@${stable}1`);
			expect(wrong.status).not.toBe(0);
			expect(wrong.out).toContain('::error::');
			expect(wrong.written).toBe('');

			// A prerelease tag is accepted, and published under the dist-tag next, never latest.
			for (const prerelease of ['1.0.0-beta.1', '0.2.0-rc.0']) {
				setVersion(prerelease);
				expect(runStep(`${name}@${prerelease}`)).toEqual({ status: 0, out: '', written: `version=${prerelease}\ndist_tag=next\n` });
			}
		} finally {
			rmSync(scratch, { recursive: true, force: true });
		}
	});

	it('has the package\'s README (its npm page) and CHANGELOG', () => {
		for (const file of ['README.md', 'CHANGELOG.md']) expect(existsSync(join(packagesFolder, name, file))).toBe(true);
		const changelog = readFileSync(join(packagesFolder, name, 'CHANGELOG.md'), 'utf8');
		if (pkg.manifest) expect(changelog).toContain(`## [${pkg.manifest.version}]`);
	});
});
