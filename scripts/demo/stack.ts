import { SandboxControl } from '../../sandbox/client';
import { startSandbox } from '../../sandbox/server';
import { N8nApi } from '../n8n/api';
import { installForDevelopment, installPackedPackages, installWithHoistedDependencies, ZOD4_NEIGHBOUR_FOLDER } from '../n8n/communityPackage';
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
	/** `tarball`: the four tarballs of dist-packages/, as n8n installs community packages; `development`: copies kept in sync with `dist/`. */
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
	/** The installed package folders inside n8n's user folder (one per package). */
	readonly packageFolders: string[];
	stop(): Promise<void>;
}

/** Sandbox + real n8n with the pack installed + the demo's credentials and example workflows. */
export async function startStack(options: StackOptions): Promise<Stack> {
	const install = await ensureN8n(options.target);
	if (options.zod4Neighbour) await installWithHoistedDependencies(options.userFolder, ZOD4_NEIGHBOUR_FOLDER);
	const packageFolders = await installPack(options);
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
		return { install, n8n, api, sandboxUrl: sandbox.url, control, provisioned, packageFolders, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}

/**
 * The four packages into n8n's user folder: `tarball` installs each from its tarball in dist-packages/ (made by
 * `npm run pack`) as n8n's Community Nodes installer does; `development` installs copies kept in sync with dist/.
 */
export async function installPack(options: Pick<StackOptions, 'install' | 'userFolder'>): Promise<string[]> {
	if (options.install === 'development') return installForDevelopment(options.userFolder);
	return await installPackedPackages(options.userFolder);
}
