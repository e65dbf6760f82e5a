import { accessSync, constants, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { chromium } from 'playwright-core';
import type { BrowserContext, Locator, Page } from 'playwright-core';

import type { OwnerLogin } from '../../../scripts/n8n/api';

/**
 * Headless Chromium driving n8n's editor, for the editor test (test/e2e/editor.test.ts) and the README pictures
 * (scripts/pictures.ts). The browser is the system's Chromium (Debian: `apt-get install -y chromium`), never one
 * downloaded by Playwright; CHROMIUM_PATH points at another executable.
 *
 * The selectors below are the editor's own `data-test-id`s, the same in n8n 2.8 and the newest tested n8n.
 */

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * A closed network: no Google services, no QUIC, no first-run or component updates, no GPU, no sandbox (root).
 * Playwright adds `--headless` and its own flags; these are what this machine needs on top.
 */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export function chromiumPath(): string {
	return process.env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM_PATH;
}

/** Throws, telling how to install it, when no Chromium can be run at `path`. */
export function checkChromium(path = chromiumPath()): void {
	try {
		accessSync(path, constants.X_OK);
	} catch {
		throw new Error(
			[
				`No Chromium at ${path}${process.env.CHROMIUM_PATH ? ' (from CHROMIUM_PATH)' : ''}: the editor test and \`npm run examples:pictures\` drive a real browser.`,
				'Install it with `apt-get install -y chromium` as root (Debian/Ubuntu; it lands in /usr/bin/chromium),',
				'or set CHROMIUM_PATH to a Chromium or Chrome executable. `npx playwright install` is not used: this project drives the system browser.',
			].join('\n'),
		);
	}
}

export interface EditorBrowser {
	readonly context: BrowserContext;
	readonly page: Page;
	close(): Promise<void>;
}

export interface LaunchOptions {
	readonly width?: number;
	readonly height?: number;
}

/** Starts headless Chromium with a new, empty profile (removed on close) and opens one page. */
export async function launchChromium(options: LaunchOptions = {}): Promise<EditorBrowser> {
	const executablePath = chromiumPath();
	checkChromium(executablePath);
	const profile = mkdtempSync(join(tmpdir(), 'n8n-nodes-recruiting-chromium-'));
	let context: BrowserContext;
	try {
		context = await chromium.launchPersistentContext(profile, {
			executablePath,
			headless: true,
			args: CHROMIUM_ARGS,
			viewport: { width: options.width ?? 1400, height: options.height ?? 800 },
			locale: 'en-US',
			timezoneId: 'UTC',
			colorScheme: 'light',
			reducedMotion: 'reduce',
		});
	} catch (error) {
		rmSync(profile, { recursive: true, force: true });
		throw new Error(`Chromium at ${executablePath} did not start: ${(error as Error).message}`);
	}
	const page = context.pages()[0] ?? (await context.newPage());
	page.setDefaultTimeout(30_000);
	page.setDefaultNavigationTimeout(60_000);
	return {
		context,
		page,
		async close() {
			await context.close().catch(() => undefined);
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

/** What runs in the page: the project compiles without the DOM library, so elements are described here. */
interface ImageElement {
	readonly complete: boolean;
	readonly naturalWidth: number;
	addEventListener(type: 'load' | 'error', listener: () => void, options?: { once: boolean }): void;
}

interface InputElement {
	readonly value: string;
}

/** One entry of the node panel (node creator) as the page shows it. */
export interface NodeCreatorEntry {
	/** The entry itself (`item-iterator-item`). */
	readonly item: Locator;
	/** Its icon. */
	readonly icon: Locator;
}

export const NODE_CREATOR = '[data-test-id="node-creator"]';
export const NODE_CREATOR_SEARCH = '[data-test-id="node-creator-search-bar"]';
export const NODE_CREATOR_ITEM = '[data-test-id="item-iterator-item"]';
export const NODE_CREATOR_ITEM_NAME = '[data-test-id="node-creator-item-name"]';
export const CANVAS_NODE = '[data-test-id="canvas-node"]';
export const NDV = '[data-test-id="ndv"]';

/** n8n's editor in one page: log in, open workflows, the node panel and a node's parameters. */
export class N8nEditor {
	constructor(
		readonly page: Page,
		readonly url: string,
	) {}

	/** Signs in through the editor's email and password form. */
	async login(owner: OwnerLogin): Promise<void> {
		await this.page.goto(`${this.url}/signin`);
		const form = this.page.locator('[data-test-id="signin-form"]');
		await form.locator('[data-test-id="emailOrLdapLoginId"] input').fill(owner.email);
		await form.locator('[data-test-id="password"] input').fill(owner.password);
		await form.locator('[data-test-id="form-submit-button"]').click();
		await this.page.waitForURL((url) => !url.pathname.startsWith('/signin'));
		await this.page.locator('[data-test-id="project-home-menu-item"]').waitFor();
		await this.dismissTransientUi();
	}

	/** A new, empty workflow: the canvas shows only its "Add first step" button. */
	async openNewWorkflow(): Promise<void> {
		await this.page.goto(`${this.url}/workflow/new`);
		await this.page.locator('[data-test-id="canvas-add-button"]').waitFor();
		await this.dismissTransientUi();
	}

	/** A saved workflow, once its nodes are on the canvas. */
	async openWorkflow(id: string): Promise<void> {
		await this.page.goto(`${this.url}/workflow/${id}`);
		await this.page.locator(CANVAS_NODE).first().waitFor();
		await this.dismissTransientUi();
	}

	canvasNode(name: string): Locator {
		return this.page.locator(`${CANVAS_NODE}[data-node-name="${name.replace(/"/g, '\\"')}"]`);
	}

	/** Opens the node panel with the canvas's "+" button and waits for its search box. */
	async openNodeCreator(): Promise<void> {
		await this.closeNodeCreator();
		await this.page.locator('[data-test-id="node-creator-plus-button"]').click();
		await this.page.locator(NODE_CREATOR_SEARCH).waitFor();
	}

	/** Escape walks back out of the panel's sub-views and then closes it. */
	async closeNodeCreator(): Promise<void> {
		const creator = this.page.locator(NODE_CREATOR);
		for (let attempt = 0; attempt < 5 && (await creator.isVisible()); attempt++) {
			await this.page.keyboard.press('Escape');
			await creator.waitFor({ state: 'hidden', timeout: 2_000 }).catch(() => undefined);
		}
		await creator.waitFor({ state: 'hidden' });
	}

	/** Types into the node panel's search box, replacing what was there. */
	async searchNodes(text: string): Promise<void> {
		const search = this.page.locator(NODE_CREATOR_SEARCH);
		await search.fill('');
		await search.pressSequentially(text);
		await this.page.waitForFunction(
			({ selector, value }) => {
				const input = (globalThis as unknown as { document: { querySelector(s: string): InputElement | null } }).document.querySelector(selector);
				return input?.value === value;
			},
			{ selector: NODE_CREATOR_SEARCH, value: text },
		);
	}

	/** The panel entry showing exactly `name`, once it is visible. */
	async nodeCreatorEntry(name: string): Promise<NodeCreatorEntry> {
		const item = this.page
			.locator(`${NODE_CREATOR} ${NODE_CREATOR_ITEM}`)
			.filter({ has: this.page.locator(NODE_CREATOR_ITEM_NAME).getByText(name, { exact: true }) })
			.first();
		await item.waitFor();
		return { item, icon: item.locator('img').first() };
	}

	/** Panel entries that add a node of `nodeType` (n8n keys each entry by its node type). */
	nodeCreatorEntriesOfType(nodeType: string): Locator {
		return this.page.locator(`${NODE_CREATOR} ${NODE_CREATOR_ITEM}[data-keyboard-nav-id^="${nodeType}-"]`);
	}

	/** Double-clicks a canvas node and waits for its parameters. */
	async openNode(name: string): Promise<Locator> {
		await this.canvasNode(name).dblclick();
		const ndv = this.page.locator(NDV);
		await ndv.locator('[data-test-id="node-parameters"]').waitFor();
		return ndv;
	}

	/** Zooms the canvas to fit the whole workflow and waits for the view to settle. */
	async fitView(): Promise<void> {
		await this.page.locator('[data-test-id="zoom-to-fit"]').click();
		await this.page.mouse.move((this.page.viewportSize()?.width ?? 1400) - 4, 20);
		await this.waitForCanvasAtRest();
	}

	/** Waits until the canvas viewport's transform stays the same over consecutive checks (zoom animations end). */
	async waitForCanvasAtRest(): Promise<void> {
		await this.page.waitForFunction(
			() => {
				const scope = globalThis as unknown as {
					document: { querySelector(s: string): { style: { transform: string } } | null };
					__canvasTransform?: string;
					__canvasSteady?: number;
				};
				const transform = scope.document.querySelector('.vue-flow__transformationpane')?.style.transform ?? '';
				scope.__canvasSteady = transform !== '' && transform === scope.__canvasTransform ? (scope.__canvasSteady ?? 0) + 1 : 0;
				scope.__canvasTransform = transform;
				return scope.__canvasSteady >= 3;
			},
			undefined,
			{ polling: 100 },
		);
	}

	/**
	 * Closes what n8n may put over the editor on a first visit: banners, toasts, suggestion pop-ups and modal
	 * dialogs other than a node's parameters. Whatever is not there is skipped without waiting.
	 */
	async dismissTransientUi(): Promise<void> {
		const closers = [
			'[data-test-id="banner-stack"] [data-test-id^="banner-"][data-test-id$="-close"]',
			'.el-notification .el-notification__closeBtn',
			'[data-test-id="suggested-actions-close"]',
			'[data-test-id="notification-banner-dismiss"]',
		];
		for (const selector of closers) {
			for (const closer of await this.page.locator(selector).all()) {
				if (await closer.isVisible()) await closer.click({ timeout: 2_000 }).catch(() => undefined);
			}
		}
		const modal = this.page.locator(`.el-overlay .el-dialog:not(${NDV}), [role="dialog"][aria-modal="true"]:not(${NDV})`);
		for (let attempt = 0; attempt < 3 && (await modal.first().isVisible()); attempt++) {
			await this.page.keyboard.press('Escape');
			await modal.first().waitFor({ state: 'hidden', timeout: 2_000 }).catch(() => undefined);
		}
	}

	/** Hides the editor's floating buttons (zoom controls, run button, side buttons) for a clean picture; they float over the canvas, so its size stays. */
	async hideCanvasChrome(): Promise<void> {
		await this.page.addStyleTag({
			content: [
				'[data-test-id="canvas-controls"]',
				'[data-test-id="execute-workflow-button"]',
				'[data-test-id="node-creator-plus-button"]',
				'[data-test-id="command-bar-button"]',
				'[data-test-id="add-sticky-button"]',
				'[data-test-id="toggle-focus-panel-button"]',
				'[data-test-id="instance-ai-canvas-action-button"]',
				'[data-test-id="suggested-action-count"]',
				'[data-test-id^="execute-workflow-button-"]',
				'[data-test-id="canvas-node-toolbar"]',
				'.el-notification',
				'.el-popper',
				'[role="tooltip"]',
			]
				.map((selector) => `${selector} { display: none !important; }`)
				.join('\n'),
		});
	}

	/** A screenshot of the page, its folder made when missing. */
	async screenshot(path: string): Promise<string> {
		mkdirSync(dirname(path), { recursive: true });
		await this.page.screenshot({ path });
		return path;
	}
}

/** Waits for an <img> to finish loading; its natural width, 0 when it failed. */
export async function loadedImageWidth(image: Locator): Promise<number> {
	return await image.evaluate(
		(element) =>
			new Promise<number>((resolve) => {
				const img = element as unknown as ImageElement;
				if (img.complete) return resolve(img.naturalWidth);
				img.addEventListener('load', () => resolve(img.naturalWidth), { once: true });
				img.addEventListener('error', () => resolve(0), { once: true });
			}),
	);
}

/** The value an input inside `container` shows (selects show the chosen option's name). */
export async function shownValue(container: Locator): Promise<string> {
	return await container.locator('input').first().inputValue();
}
