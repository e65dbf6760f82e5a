import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { SandboxControl } from '../../sandbox/client';
import { startSandbox } from '../../sandbox/server';
import { N8nApi } from '../n8n/api';
import { installForDevelopment, installTarball, installWithHoistedDependencies, packProject, ZOD4_NEIGHBOUR_FOLDER } from '../n8n/communityPackage';
import { ensureN8n } from '../n8n/install';
import type { N8nInstall } from '../n8n/install';
import { N8nInstance } from '../n8n/instance';
import type { N8nTarget } from '../n8n/targets';
import { provisionDemo } from './provision';
import type { Provisioned } from './provision';

export interface StackOptions {
	readonly target: N8nTarget;
	readonly userFolder: string;
	/** n8n's port; a free one when left out. */
	readonly n8nPort?: number;
	/** The sandbox's port; a free one when left out. */
	readonly sandboxPort?: number;
	/** `tarball`: as n8n installs a community package; `development`: a copy kept in sync with `dist/`. */
	readonly install: 'tarball' | 'development';
	readonly n8nEnv?: Record<string, string>;
	/**
	 * Installs test/fixtures/zod4-package first, another community package whose zod 4 lands in
	 * `.n8n/nodes/node_modules` (the end-to-end suite runs beside it: the pack must load and validate with zod 4).
	 */
	readonly zod4Neighbour?: boolean;
}

export interface Stack {
	readonly install: N8nInstall;
	readonly n8n: N8nInstance;
	readonly api: N8nApi;
	readonly sandboxUrl: string;
	readonly control: SandboxControl;
	readonly provisioned: Provisioned;
	/** The installed package folder inside n8n's user folder. */
	readonly packageFolder: string;
	stop(): Promise<void>;
}

/** Sandbox + real n8n with the pack installed + the demo's credentials and example workflows. */
export async function startStack(options: StackOptions): Promise<Stack> {
	const install = await ensureN8n(options.target);
	if (options.zod4Neighbour) await installWithHoistedDependencies(options.userFolder, ZOD4_NEIGHBOUR_FOLDER);
	const packageFolder = await installPack(options);
	const sandbox = await startSandbox({ port: options.sandboxPort ?? 0, host: '127.0.0.1', seed: {} });
	let n8n: N8nInstance | undefined;
	const stop = async () => {
		await n8n?.stop();
		await sandbox.close();
	};
	try {
		n8n = await N8nInstance.create({ install, userFolder: options.userFolder, port: options.n8nPort, env: options.n8nEnv });
		await n8n.start();
		const api = new N8nApi(n8n.url);
		const control = new SandboxControl(sandbox.url);
		const provisioned = await provisionDemo(api, control, sandbox.url);
		return { install, n8n, api, sandboxUrl: sandbox.url, control, provisioned, packageFolder, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}

export async function installPack(options: Pick<StackOptions, 'install' | 'userFolder'>): Promise<string> {
	if (options.install === 'development') return installForDevelopment(options.userFolder);
	const packFolder = mkdtempSync(join(tmpdir(), 'n8n-nodes-recruiting-pack-'));
	try {
		return await installTarball(options.userFolder, await packProject(packFolder));
	} finally {
		rmSync(packFolder, { recursive: true, force: true });
	}
}
