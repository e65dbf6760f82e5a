
import { SandboxControl } from '../../../sandbox/client';
import { N8nApi } from '../../../scripts/n8n/api';
import { run } from '../../../scripts/n8n/run';
import type { OwnerLogin } from '../../../scripts/n8n/api';
import type { Provisioned, ProvisionedExample } from '../../../scripts/demo/provision';

/** What `npm run test:e2e` (scripts/e2e.ts) hands the suite about the running n8n and sandbox. */
export interface E2eContextEnvironment {
	E2E_TARGET: string;
	E2E_N8N_VERSION: string;
	E2E_N8N_URL: string;
	E2E_N8N_BIN: string;
	E2E_NODE_BINARY: string;
	/** JSON: the environment n8n runs with (user folder, ports), for CLI commands. */
	E2E_N8N_ENV: string;
	E2E_N8N_LOG: string;
	E2E_SANDBOX_URL: string;
	E2E_API_KEY: string;
	/** JSON OwnerLogin. */
	E2E_OWNER: string;
	/** JSON Provisioned. */
	E2E_PROVISIONED: string;
}

export interface E2eContext {
	readonly target: string;
	readonly n8nVersion: string;
	readonly n8nUrl: string;
	readonly sandboxUrl: string;
	readonly owner: OwnerLogin;
	readonly provisioned: Provisioned;
	readonly logFile: string;
	/** Public API client, authenticated with the demo's API key. */
	readonly api: N8nApi;
	/**
	 * `api`, also logged in as the owner: what REST-only calls need, and what lets activate()/deactivate() wait until
	 * newer n8n has actually started or stopped the triggers (N8nApi.waitForPublication). Logs in once.
	 */
	ownerApi(): Promise<N8nApi>;
	readonly control: SandboxControl;
	example(file: string): ProvisionedExample;
	/** Runs an n8n CLI command against the running instance's user folder and database. */
	cli(args: string[], extraEnv?: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }>;
}

export function e2eContext(): E2eContext {
	const environment = process.env as Partial<E2eContextEnvironment>;
	if (!environment.E2E_N8N_URL) {
		throw new Error('The end-to-end suite runs against a real n8n started by `npm run test:e2e`; run that instead of jest directly.');
	}
	const provisioned = JSON.parse(environment.E2E_PROVISIONED!) as Provisioned;
	const api = new N8nApi(environment.E2E_N8N_URL);
	api.useApiKey(environment.E2E_API_KEY!);
	const n8nEnvironment = JSON.parse(environment.E2E_N8N_ENV!) as Record<string, string>;
	const owner = JSON.parse(environment.E2E_OWNER!) as OwnerLogin;
	let loggedIn: Promise<N8nApi> | undefined;
	return {
		target: environment.E2E_TARGET!,
		n8nVersion: environment.E2E_N8N_VERSION!,
		n8nUrl: environment.E2E_N8N_URL,
		sandboxUrl: environment.E2E_SANDBOX_URL!,
		owner,
		provisioned,
		logFile: environment.E2E_N8N_LOG!,
		api,
		ownerApi() {
			loggedIn ??= api.login(owner).then(() => api);
			return loggedIn;
		},
		control: new SandboxControl(environment.E2E_SANDBOX_URL!),
		example(file: string) {
			const found = provisioned.examples.find((example) => example.file === file);
			if (!found) throw new Error(`No provisioned example ${file}; have ${provisioned.examples.map((example) => example.file).join(', ')}`);
			return found;
		},
		async cli(args, extraEnv = {}) {
			return await run(environment.E2E_NODE_BINARY!, [environment.E2E_N8N_BIN!, ...args], {
				env: { ...process.env, ...n8nEnvironment, ...extraEnv },
			});
		},
	};
}
