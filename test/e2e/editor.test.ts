/**
 * The pack as a user meets it in n8n's editor, in headless Chromium: sign in, find each node in the node panel
 * with its icon, and read a node's parameters in the Cegid example. Screenshots go to
 * test/e2e/screenshots/<target>/ (git-ignored).
 */
import { join } from 'node:path';

import { PROJECT_ROOT } from '../../scripts/n8n/paths';
import { nodeType } from '../../scripts/packages/nodeTypes';
import type { NodeName } from '../../scripts/packages/nodeTypes';
import { launchChromium, loadedImageWidth, N8nEditor, NDV, shownValue } from './support/browser';
import type { EditorBrowser } from './support/browser';
import { e2eContext } from './support/context';

const context = e2eContext();
const SCREENSHOTS = join(PROJECT_ROOT, 'test', 'e2e', 'screenshots', context.target);
/** Where n8n serves a package's icons. */
const iconPath = (type: string) => `/icons/${type.split('.')[0]}/dist/icons/`;

interface PackNode {
	/** displayName in nodes/**\/*.node.ts. */
	readonly displayName: string;
	readonly type: string;
	readonly icon: string;
	/** A trigger is listed in the panel under its app's entry (the action node's), among that entry's triggers. */
	readonly app?: { readonly displayName: string; readonly type: string };
}

const CEGID = { displayName: 'Cegid Recruiting', type: 'cegidRecruiting' };
const JOBTRAIN = { displayName: 'Jobtrain', type: 'jobtrain' };
const NHSJOB = { displayName: 'NHSJob', type: 'nhsJob' };

const PACK_NODES: PackNode[] = [
	{ displayName: 'Jobcase', type: 'jobcase', icon: 'jobcase.svg' },
	{ ...CEGID, icon: 'cegid.svg' },
	{ displayName: 'Cegid Recruiting Trigger', type: 'cegidRecruitingTrigger', icon: 'cegid.svg', app: CEGID },
	{ ...JOBTRAIN, icon: 'jobtrain.svg' },
	{ displayName: 'Jobtrain Trigger', type: 'jobtrainTrigger', icon: 'jobtrain.svg', app: JOBTRAIN },
	{ ...NHSJOB, icon: 'nhsjob.svg' },
	{ displayName: 'NHSJob Trigger', type: 'nhsJobTrigger', icon: 'nhsjob.svg', app: NHSJOB },
];

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function slug(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

let browser: EditorBrowser;
let editor: N8nEditor;

/** Runs a step; on failure leaves a screenshot of the page beside the others. */
async function withFailureScreenshot(name: string, step: () => Promise<void>): Promise<void> {
	try {
		await step();
	} catch (error) {
		await editor?.screenshot(join(SCREENSHOTS, `failed-${slug(name)}.png`)).catch(() => undefined);
		throw error;
	}
}

beforeAll(async () => {
	browser = await launchChromium({ width: 1400, height: 800 });
	editor = new N8nEditor(browser.page, context.n8nUrl);
}, 60_000);

afterAll(async () => {
	await browser?.close();
});

describe(`n8n ${context.n8nVersion}'s editor in Chromium`, () => {
	it('signs the owner in with the email and password form', async () => {
		await withFailureScreenshot('sign in', async () => {
			await editor.login(context.owner);
			expect(new URL(browser.page.url()).pathname).not.toMatch(/^\/signin/);
			expect(await browser.page.locator('[data-test-id="project-home-menu-item"]').isVisible()).toBe(true);
		});
	});

	it('lists every node of the pack in the node panel of a new workflow, each with its icon', async () => {
		await withFailureScreenshot('node panel', async () => {
			await editor.openNewWorkflow();
			for (const node of PACK_NODES) {
				await editor.openNodeCreator();
				await editor.searchNodes(node.displayName);
				// n8n lists an app once: a trigger's entry is its app's, named without " Trigger".
				const entryName = node.app?.displayName ?? node.displayName;
				const entryType = nodeType((node.app?.type ?? node.type) as NodeName);
				const { item, icon } = await editor.nodeCreatorEntry(entryName);
				// n8n keys each entry by the node type it adds.
				expect(await item.getAttribute('data-keyboard-nav-id')).toMatch(new RegExp(`^${escapeRegExp(entryType)}-`));
				expect(await icon.getAttribute('src')).toContain(`${iconPath(entryType)}${node.icon}`);
				expect(await loadedImageWidth(icon)).toBeGreaterThan(0);
				await editor.screenshot(join(SCREENSHOTS, `node-panel-search-${slug(node.displayName)}.png`));

				if (node.app) {
					// The app's entry opens on its triggers: the trigger node's events, each with the same icon.
					await item.click();
					const triggers = editor.nodeCreatorEntriesOfType(nodeType(node.type as NodeName));
					await triggers.first().waitFor();
					expect(await triggers.count()).toBeGreaterThan(0);
					const triggerIcon = triggers.first().locator('img').first();
					expect(await triggerIcon.getAttribute('src')).toContain(`${iconPath(nodeType(node.type as NodeName))}${node.icon}`);
					expect(await loadedImageWidth(triggerIcon)).toBeGreaterThan(0);
					await triggers.first().hover({ trial: true }); // waits for the panel to stop sliding
					await editor.screenshot(join(SCREENSHOTS, `node-panel-triggers-${slug(node.displayName)}.png`));
				}
			}
			await editor.closeNodeCreator();
		});
	});

	it('shows the Jobcase node of the Cegid example with its credential, resource and operation', async () => {
		await withFailureScreenshot('parameter panel', async () => {
			const example = context.example('cegid-vacancy-to-jobcase.json');
			await editor.openWorkflow(example.id);
			const jobcaseNode = editor.canvasNode('Create or Update the Job in Jobcase');
			expect(await jobcaseNode.getAttribute('data-node-type')).toBe(nodeType('jobcase'));
			const canvasIcon = jobcaseNode.locator('img').first();
			expect(await canvasIcon.getAttribute('src')).toContain(`${iconPath(nodeType('jobcase'))}jobcase.svg`);
			expect(await loadedImageWidth(canvasIcon)).toBeGreaterThan(0);

			const ndv = await editor.openNode('Create or Update the Job in Jobcase');
			const parameters = ndv.locator('[data-test-id="node-parameters"]');
			const credential = parameters.locator('[data-test-id="node-credentials-select"]');
			const resource = parameters.locator('[data-test-id="parameter-input-resource"]');
			const operation = parameters.locator('[data-test-id="parameter-input-operation"]');
			const company = parameters.locator('[data-test-id="parameter-input-companyId"]');
			for (const field of [credential, resource, operation, company]) await field.waitFor();

			const labels = parameters.locator('[data-test-id="input-label"] label');
			await labels.filter({ hasText: /^Resource\b/ }).first().waitFor();
			await labels.filter({ hasText: /^Operation\b/ }).first().waitFor();
			expect(await shownValue(credential)).toBe('Jobcase (sandbox)');
			expect(await shownValue(resource)).toBe('Job');
			expect(await shownValue(operation)).toBe('Create or Update');
			// Company 1 is shown by its name: the panel loaded the company list from the sandbox with the credential.
			await browser.page.waitForFunction(
				(selector) => {
					const input = (globalThis as unknown as { document: { querySelector(s: string): { value: string } | null } }).document.querySelector(selector);
					return !!input && input.value !== '' && input.value !== '1';
				},
				`${NDV} [data-test-id="parameter-input-companyId"] input`,
			);
			expect(await shownValue(company)).toMatch(/[A-Za-z]/);

			const headerIcon = ndv.locator(`img[src*="${iconPath(nodeType('jobcase'))}jobcase.svg"]`).first();
			expect(await loadedImageWidth(headerIcon)).toBeGreaterThan(0);
			await editor.screenshot(join(SCREENSHOTS, 'parameter-panel-jobcase.png'));

			// n8n 2.x's node view has a close button; 1.x's (the legacy one) a "Back to canvas" button.
			await ndv.page().locator('[data-test-id="ndv"] [data-test-id="ndv-close-button"], [data-test-id="back-to-canvas"]').first().click();
			await ndv.waitFor({ state: 'hidden' });
		});
	});
});
