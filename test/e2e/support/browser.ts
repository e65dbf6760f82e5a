import { spawnSync } from 'node:child_process';
import { accessSync, constants, createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { brotliDecompressSync, createBrotliDecompress } from 'node:zlib';

import bundledChromium from '@sparticuz/chromium';
import { chromium } from 'playwright-core';
import type { BrowserContext, Locator, Page } from 'playwright-core';

import type { OwnerLogin } from '../../../scripts/n8n/api';
import { cacheRoot } from '../../../scripts/n8n/paths';

/**
 * Headless Chromium driving n8n's editor, for the editor test (test/e2e/editor.test.ts) and the README pictures
 * (scripts/pictures.ts). The browser comes from the npm registry: the dev dependency `@sparticuz/chromium` ships a
 * Brotli-compressed Chromium (headless shell) with the few libraries it needs (NSS, NSPR, expat), SwiftShader and a
 * font, so `npm install` is all a fresh machine needs. It is unpacked once per version into the cache
 * (`<cache>/chromium-<version>/`, see cacheRoot()). CHROMIUM_PATH points at another Chromium or Chrome instead.
 * Playwright never downloads a browser here.
 *
 * The selectors below are the editor's own `data-test-id`s, the same in n8n 2.8 and the newest tested n8n.
 */

/** A closed network: no Google services, no QUIC, no first-run, component or sync traffic. */
const CLOSED_NETWORK_ARGS = [
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-domain-reliability',
	'--no-pings',
];

/**
 * @sparticuz/chromium's flags (headless shell, no sandbox and no zygote as root, SwiftShader graphics) except those
 * that change what the page may do (`--disable-web-security`, `--allow-running-insecure-content`: the editor must
 * run under the same rules as in a user's browser) and `--single-process` (meant for AWS Lambda; one crashed page
 * would take the browser down). Playwright adds `--headless` and its own flags.
 */
const DROPPED_BUNDLED_ARGS = new Set(['--disable-web-security', '--allow-running-insecure-content', '--single-process']);

export function bundledChromiumArgs(): string[] {
	const args = bundledChromium.args.filter((arg) => !DROPPED_BUNDLED_ARGS.has(arg));
	return [...args, ...CLOSED_NETWORK_ARGS.filter((arg) => !args.includes(arg))];
}

/** For a browser given by CHROMIUM_PATH: a full Chromium or Chrome, possibly running as root, without a GPU. */
const SYSTEM_CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', ...CLOSED_NETWORK_ARGS];

export interface ChromiumExecutable {
	readonly path: string;
	readonly args: string[];
	/** Added to the browser's environment (the bundled browser's libraries and fonts). */
	readonly env: Record<string, string>;
	/** Where it comes from, for messages. */
	readonly source: string;
}

function bundledVersion(): string {
	return (JSON.parse(readFileSync(join(bundledPackageFolder(), 'package.json'), 'utf8')) as { version: string }).version;
}

function bundledPackageFolder(): string {
	// main is build/cjs/index.cjs
	return join(dirname(require.resolve('@sparticuz/chromium')), '..', '..');
}

/** Where the bundled Chromium is unpacked: `chromium` with SwiftShader beside it, `lib/`, `fonts/`, `fonts.conf`. */
export function bundledChromiumFolder(): string {
	return join(cacheRoot(), `chromium-${bundledVersion()}`);
}

/**
 * Unpacks @sparticuz/chromium's browser into the cache once (a few seconds; about 210 MB) and returns its folder.
 * Processes racing to unpack each use their own temporary folder and the first rename wins, so a half-unpacked
 * browser is never used.
 */
export async function unpackBundledChromium(): Promise<string> {
	const folder = bundledChromiumFolder();
	if (existsSync(join(folder, 'chromium'))) return folder;
	const bin = join(bundledPackageFolder(), 'bin');
	mkdirSync(dirname(folder), { recursive: true });
	const partial = mkdtempSync(`${folder}.partial-`);
	try {
		await pipeline(createReadStream(join(bin, 'chromium.br')), createBrotliDecompress(), createWriteStream(join(partial, 'chromium'), { mode: 0o755 }));
		for (const archive of ['swiftshader.tar.br', 'al2023.tar.br', 'fonts.tar.br']) {
			const untar = spawnSync('tar', ['-x', '-C', partial], { input: brotliDecompressSync(readFileSync(join(bin, archive))) });
			if (untar.status !== 0) throw new Error(`tar could not unpack ${archive}: ${untar.stderr.toString().trim() || untar.error?.message}`);
		}
		// The package's fonts.conf names AWS Lambda's folders: use the bundled font, then the system's.
		writeFileSync(
			join(partial, 'fonts.conf'),
			[
				'<?xml version="1.0"?>',
				'<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
				'<fontconfig>',
				`  <dir>${join(folder, 'fonts')}</dir>`,
				'  <dir>/usr/share/fonts</dir>',
				`  <cachedir>${join(folder, 'fonts-cache')}</cachedir>`,
				'</fontconfig>',
				'',
			].join('\n'),
		);
		try {
			renameSync(partial, folder);
		} catch (error) {
			if (!existsSync(join(folder, 'chromium'))) throw error;
		}
	} finally {
		rmSync(partial, { recursive: true, force: true });
	}
	return folder;
}

/** The browser to drive: CHROMIUM_PATH when set, otherwise @sparticuz/chromium's (unpacked on first use). */
export async function chromiumExecutable(): Promise<ChromiumExecutable> {
	const override = process.env.CHROMIUM_PATH?.trim();
	if (override) {
		try {
			accessSync(override, constants.X_OK);
		} catch {
			throw new Error(`No Chromium at ${override} (from CHROMIUM_PATH): unset CHROMIUM_PATH to use the browser of the @sparticuz/chromium dev dependency.`);
		}
		return { path: override, args: SYSTEM_CHROMIUM_ARGS, env: {}, source: 'CHROMIUM_PATH' };
	}
	let folder: string;
	try {
		require.resolve('@sparticuz/chromium');
	} catch {
		throw new Error('The dev dependency @sparticuz/chromium is missing: run `npm install` (or set CHROMIUM_PATH to a Chromium or Chrome executable).');
	}
	try {
		folder = await unpackBundledChromium();
	} catch (error) {
		throw new Error(`Could not unpack the Chromium of @sparticuz/chromium into ${bundledChromiumFolder()}: ${(error as Error).message}`);
	}
	return {
		path: join(folder, 'chromium'),
		args: bundledChromiumArgs(),
		env: {
			LD_LIBRARY_PATH: [join(folder, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
			FONTCONFIG_PATH: folder,
		},
		source: `@sparticuz/chromium ${bundledVersion()}`,
	};
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
	const executable = await chromiumExecutable();
	const profile = mkdtempSync(join(tmpdir(), 'n8n-nodes-recruiting-chromium-'));
	let context: BrowserContext;
	try {
		context = await chromium.launchPersistentContext(profile, {
			executablePath: executable.path,
			headless: true,
			args: executable.args,
			env: { ...process.env, ...executable.env },
			viewport: { width: options.width ?? 1400, height: options.height ?? 800 },
			locale: 'en-US',
			timezoneId: 'UTC',
			colorScheme: 'light',
			reducedMotion: 'reduce',
		});
	} catch (error) {
		rmSync(profile, { recursive: true, force: true });
		throw new Error(`Chromium (${executable.source}, ${executable.path}) did not start: ${(error as Error).message}`);
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
