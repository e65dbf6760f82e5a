import './environment';

import { Container } from '@n8n/di';
import { BinaryDataService, InstanceSettings } from 'n8n-core';
import { SSHClientsManager } from 'n8n-core/dist/execution-engine/ssh-clients-manager';

import { prepareEnvironment } from './environment';

let engineReady: Promise<void> | undefined;

/** One-time n8n-core setup for the current jest module registry (i.e. per test file). */
export async function ensureEngine(): Promise<void> {
	engineReady ??= initialiseEngine();
	await engineReady;
}

async function initialiseEngine(): Promise<void> {
	prepareEnvironment();
	Container.get(InstanceSettings);
	await Container.get(BinaryDataService).init();
	// Every node execution builds this service, whose constructor starts a 60 s cleanup interval that would keep
	// jest from exiting. The harness never opens SSH tunnels, so stop it up front.
	Container.get(SSHClientsManager).onShutdown();
}

export function binaryDataService(): BinaryDataService {
	return Container.get(BinaryDataService);
}
