import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';

import { chromiumExecutable, launchChromium, loadedImageWidth, N8nEditor } from '../test/e2e/support/browser';
import type { EditorBrowser } from '../test/e2e/support/browser';
import { EXAMPLES_FOLDER, loadExamples } from './demo/examples';
import { DEMO_OWNER } from './demo/provision';
import { startStack } from './demo/stack';
import type { Stack } from './demo/stack';
import { PROJECT_ROOT } from './n8n/paths';
import { targetNamed } from './n8n/targets';

/**
 * `npm run examples:pictures`: starts the demo (sandbox + n8n 2.8 with the pack from its tarball and the examples
 * imported, as `npm start` does), opens each example workflow in headless Chromium, zooms it to fit and saves
 * examples/pictures/<example>.png for the README.
 */
const PICTURES_FOLDER = join(EXAMPLES_FOLDER, 'pictures');
const WIDTH = 1400;
const HEIGHT = 800;

async function main(): Promise<void> {
	const browserExecutable = await chromiumExecutable();
	console.log(`Chromium: ${browserExecutable.source}`);
	const target = targetNamed('n8n-2.8');
	const examples = loadExamples();
	const userFolder = mkdtempSync(join(tmpdir(), 'n8n-nodes-recruiting-pictures-'));
	let stack: Stack | undefined;
	let browser: EditorBrowser | undefined;
	try {
		console.log(`Starting the sandbox and ${target.name} with the pack and the examples ...`);
		stack = await startStack({ target, userFolder, install: 'tarball', n8nEnv: { NODE_ENV: 'production' } });
		console.log(`n8n ${stack.install.version} at ${stack.n8n.url}`);
		browser = await launchChromium({ width: WIDTH, height: HEIGHT });
		const editor = new N8nEditor(browser.page, stack.n8n.url);
		await editor.login(DEMO_OWNER);
		mkdirSync(PICTURES_FOLDER, { recursive: true });
		for (const example of stack.provisioned.examples) {
			const file = examples.find((candidate) => candidate.file === example.file)!;
			const path = join(PICTURES_FOLDER, `${basename(example.file, '.json')}.png`);
			await picture(editor, example.id, file.nodes.filter((node) => node.type !== 'n8n-nodes-base.stickyNote').length, path);
			console.log(`  ${relative(PROJECT_ROOT, path)}  (${example.name})`);
		}
	} finally {
		await browser?.close();
		await stack?.stop();
		rmSync(userFolder, { recursive: true, force: true });
	}
}

/** Opens a workflow, waits for its nodes and icons, fits it into the view without the floating buttons, saves it. */
async function picture(editor: N8nEditor, workflowId: string, nodeCount: number, path: string): Promise<void> {
	const { page } = editor;
	await editor.openWorkflow(workflowId);
	const nodes = page.locator('[data-test-id="canvas-node"]');
	await page.waitForFunction(
		(count) => (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document.querySelectorAll('[data-test-id="canvas-node"]').length >= count,
		nodeCount,
	);
	for (const icon of await nodes.locator('img').all()) {
		if ((await loadedImageWidth(icon)) === 0) throw new Error(`An icon on the canvas of workflow ${workflowId} did not load: ${await icon.getAttribute('src')}`);
	}
	await page.evaluate(async () => {
		await (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready;
	});
	await editor.fitView();
	await editor.hideCanvasChrome();
	await editor.dismissTransientUi();
	await editor.waitForCanvasAtRest();
	await editor.screenshot(path);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
	process.exit(1);
});
