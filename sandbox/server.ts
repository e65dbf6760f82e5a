import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { buildControlRouter } from './control/controlRoutes';
import { FaultStore } from './control/faults';
import { RequestLog } from './control/requestLog';
import { createRequestListener } from './dispatch';
import {
	type ProviderName,
	type SandboxConfig,
	type SandboxProviders,
	type SandboxSeed,
	createProviders,
} from './registry';

export type { ProviderName, SandboxConfig, SandboxProviders, SandboxSeed } from './registry';

export interface SandboxOptions {
	/** 0 (the default) picks a free port. */
	readonly port?: number;
	/** Default 127.0.0.1. */
	readonly host?: string;
	/** Data to start with; also the fallback for sizes a later reset leaves out. */
	readonly seed?: SandboxSeed;
	/** Settings to start with; every reset returns to them. */
	readonly config?: SandboxConfig;
}

export interface Sandbox {
	/** e.g. `http://127.0.0.1:43121` */
	readonly url: string;
	readonly port: number;
	readonly host: string;
	/** In-process access to each provider's data (`providers.jobcase.state`) and config. */
	readonly providers: SandboxProviders;
	readonly requestLog: RequestLog;
	readonly faults: FaultStore;
	/** The base URL a client of `provider` uses, e.g. `<url>/jobcase/api/platform/v1`. */
	baseUrl(provider: ProviderName): string;
	/** Stops listening and closes every socket, keep-alive ones included. */
	close(): Promise<void>;
}

/** Starts the emulator of the providers' HTTP APIs. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
	const host = options.host ?? '127.0.0.1';
	const providers = createProviders(options.seed, options.config);
	const faults = new FaultStore();
	const requestLog = new RequestLog();
	const closing = new AbortController();
	const server = createServer(
		createRequestListener({
			providers,
			controlRouter: buildControlRouter({ providers, faults, log: requestLog }),
			faults,
			log: requestLog,
			signal: closing.signal,
		}),
	);

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const port = (server.address() as AddressInfo).port;
	const url = `http://${urlHost(host)}:${port}`;

	let closed: Promise<void> | undefined;
	return {
		url,
		port,
		host,
		providers,
		requestLog,
		faults,
		baseUrl: (provider) => `${url}${providers[provider].prefix}`,
		close: () => {
			closed ??= new Promise<void>((resolve) => {
				closing.abort();
				server.close(() => resolve());
				server.closeAllConnections();
			});
			return closed;
		},
	};
}

/** The host to put in URLs: a wildcard address is reached through loopback, IPv6 goes in brackets. */
function urlHost(host: string): string {
	if (host === '0.0.0.0') return '127.0.0.1';
	if (host === '::') return '[::1]';
	return host.includes(':') ? `[${host}]` : host;
}
