// `npm run lint`: n8n's strict rules on every package, as `n8n-node lint` (@n8n/node-cli) applies them, plus the
// root config. Zero errors and zero warnings, or it fails.
//
// What `n8n-node lint` does in a package folder: when package.json has `n8n.strict: true` it first checks that
// eslint.config.mjs is node-cli's template (whitespace aside; it refuses anything else), then runs `eslint .` there.
// A package folder here holds symbolic links into the one shared source (nodes/<Provider>, nodes/shared, its
// credentials), and `eslint .` does not descend into linked folders: it would lint package.json alone and pass.
// So this script makes the same strict-mode check, then runs ESLint with the package's own eslint.config.mjs
// (cwd = the package folder) on the explicit list of files `eslint .` would lint, found by following the links
// (fast-glob, as n8n's scanner does). It also fails on any inline `eslint-disable`/`eslint-enable`/`eslint rule`
// comment in shipped source: no rule is switched off for shipped code.
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const requireFromRoot = createRequire(join(PROJECT_ROOT, 'package.json'));
const { ESLint } = requireFromRoot('eslint');
const glob = requireFromRoot('fast-glob');

// The files `eslint .` lints with node-cli's config: its `**/*.ts` and `package.json` entries plus ESLint's
// defaults (*.js, *.mjs, *.cjs); node-cli ignores dist/, ESLint ignores node_modules/.
const PACKAGE_PATTERNS = ['package.json', '**/*.{ts,cts,mts,js,mjs,cjs}'];
const PACKAGE_IGNORE = ['**/node_modules/**', 'dist/**'];
// The file `n8n-node lint` compares with (node-cli's dist/template/…, next to dist/configs/eslint.js).
const TEMPLATE = join(dirname(requireFromRoot.resolve('@n8n/node-cli/eslint')), '..', 'template', 'templates', 'shared', 'default', 'eslint.config.mjs');
// An ESLint directive comment: its first word (after any leading `*` of a block comment) is eslint…, global(s) or
// exported. ESLint runs with allowInlineConfig: false, so directives are inert anyway; this names them.
const DIRECTIVE = /^[\s*]*(eslint(?:-[a-z-]+)?|globals?|exported)(?:\s|:|$)/;
const ts = requireFromRoot('typescript');

const normalise = (text) => text.replace(/\s+/g, ' ').trim();

export async function lintFolder(cwd, files) {
	const eslint = new ESLint({ cwd, allowInlineConfig: false });
	const results = await eslint.lintFiles(files);
	const formatter = await eslint.loadFormatter('stylish');
	return {
		errors: results.reduce((sum, result) => sum + result.errorCount + result.fatalErrorCount, 0),
		warnings: results.reduce((sum, result) => sum + result.warningCount, 0),
		output: await formatter.format(results),
		linted: results.length,
	};
}

/**
 * The comments of a TypeScript or JavaScript file, found by TypeScript's parser: the comments before every token
 * (so a `//` inside a string or a regular expression is not one, and a block comment over several lines is).
 */
export function commentsOf(text, fileName = 'file.ts') {
	const kind = /\.(c|m)?js$/.test(fileName) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
	const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
	// Comments live in the trivia between tokens, which always starts at a node's or node list's start or end.
	const positions = new Set([0]);
	const visit = (node) => {
		positions.add(node.pos);
		positions.add(node.end);
		ts.forEachChild(node, visit, (nodes) => {
			positions.add(nodes.pos);
			positions.add(nodes.end);
			for (const child of nodes) visit(child);
		});
	};
	visit(source);
	const comments = new Map();
	for (const pos of positions) {
		// Leading ranges skip comments on the previous token's line: those are its trailing ones.
		for (const range of [...(ts.getLeadingCommentRanges(text, pos) ?? []), ...(ts.getTrailingCommentRanges(text, pos) ?? [])]) {
			comments.set(range.pos, text.slice(range.pos, range.end));
		}
	}
	return [...comments.entries()].sort(([a], [b]) => a - b).map(([pos, comment]) => ({ line: source.getLineAndCharacterOfPosition(pos).line + 1, comment }));
}

/** The ESLint directive comments (any form, one line or several) of a source file's text. */
export function directivesOf(text, fileName) {
	return commentsOf(text, fileName).filter(({ comment }) => {
		const body = comment.startsWith('//') ? comment.slice(2) : comment.slice(2, -2);
		return DIRECTIVE.test(body);
	});
}

function inlineConfig(cwd, files) {
	return files.flatMap((file) =>
		directivesOf(readFileSync(join(cwd, file), 'utf8'), file).map(({ line, comment }) => `${file}:${line}: ${comment.replace(/\s+/g, ' ').trim()}`),
	);
}

async function lintPackage(folder) {
	const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
	const problems = [];
	if (manifest.n8n?.strict !== true) problems.push('n8n.strict is not true');
	const config = join(folder, 'eslint.config.mjs');
	if (!existsSync(config)) problems.push('eslint.config.mjs is missing (strict mode needs node-cli\'s template)');
	else if (normalise(readFileSync(config, 'utf8')) !== normalise(readFileSync(TEMPLATE, 'utf8'))) {
		problems.push('Strict mode violation: eslint.config.mjs differs from node-cli\'s template');
	}
	const files = glob.sync(PACKAGE_PATTERNS, { cwd: folder, ignore: PACKAGE_IGNORE, followSymbolicLinks: true, dot: false }).sort();
	if (!files.some((file) => file.endsWith('.ts'))) problems.push('no TypeScript found to lint (links broken?)');
	problems.push(...inlineConfig(folder, files.filter((file) => /\.(ts|js|mjs|cjs)$/.test(file) && file !== 'eslint.config.mjs')).map((line) => `inline ESLint configuration: ${line}`));
	for (const file of files.filter((file) => /^(nodes|credentials)\/.*\.(cts|mts|cjs|mjs)$/.test(file))) problems.push(`${file}: .cts/.mts/.cjs/.mjs is not allowed in shipped source (only .ts)`);
	const result = await lintFolder(folder, files);
	return { name: manifest.name, files, problems, ...result };
}

async function main() {
	let failed = false;
	const packagesFolder = join(PROJECT_ROOT, 'packages');
	const folders = readdirSync(packagesFolder)
		.filter((entry) => existsSync(join(packagesFolder, entry, 'package.json')))
		.sort()
		.map((entry) => join(packagesFolder, entry));
	for (const folder of folders) {
		const report = await lintPackage(folder);
		const ok = report.errors === 0 && report.warnings === 0 && report.problems.length === 0;
		failed ||= !ok;
		const typescript = report.files.filter((file) => file.endsWith('.ts')).length;
		console.log(`${relative(PROJECT_ROOT, folder)}: ${report.linted} files (${typescript} .ts), ${report.errors} errors, ${report.warnings} warnings${ok ? '' : ' — FAILED'}`);
		for (const problem of report.problems) console.log(`  ${problem}`);
		if (report.output.trim()) console.log(report.output);
	}

	// The root config (eslint.config.mjs at the root): node-cli's strict config over nodes/ and credentials/.
	const root = await lintFolder(PROJECT_ROOT, ['nodes', 'credentials']);
	const rootFiles = glob.sync(['{nodes,credentials}/**/*.{ts,cts,mts,js,mjs,cjs}'], { cwd: PROJECT_ROOT, ignore: ['**/node_modules/**'] }).sort();
	const rootProblems = [
		...inlineConfig(PROJECT_ROOT, rootFiles).map((line) => `inline ESLint configuration: ${line}`),
		...rootFiles.filter((file) => /\.(cts|mts|cjs|mjs)$/.test(file)).map((file) => `${file}: .cts/.mts/.cjs/.mjs is not allowed in shipped source (only .ts)`),
	];
	const rootOk = root.errors === 0 && root.warnings === 0 && rootProblems.length === 0;
	failed ||= !rootOk;
	console.log(`root (nodes/, credentials/): ${root.linted} files, ${root.errors} errors, ${root.warnings} warnings${rootOk ? '' : ' — FAILED'}`);
	for (const problem of rootProblems) console.log(`  ${problem}`);
	if (root.output.trim()) console.log(root.output);

	process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
