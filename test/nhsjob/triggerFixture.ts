import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import type { NhsJobEmitRequest, NhsJobEmitResult, SandboxControl } from '../../sandbox/client';
import type { SigningOptions } from '../../sandbox/nhsjob';
import { startWebhookTrigger, type WebhookTrigger } from '../harness';

export const WEBHOOK_SECRET = 'whsec_test_5f0c9a7e31b24d8c9e6a0b17';

export interface ConnectedTrigger {
	trigger: WebhookTrigger;
	/** The sandbox webhook pointing at the trigger's production URL (its test URL when listening for a test event). */
	webhookId: string;
	/** Emits an event to this trigger only and waits for the delivery (and any run it started). */
	emit(request: Omit<NhsJobEmitRequest, 'webhookId'>): Promise<NhsJobEmitResult>;
	/** Trigger output items, one array per workflow run. */
	runs(): INodeExecutionData[][];
	close(): Promise<void>;
}

export interface TriggerSetup {
	events?: string[];
	/** The trigger's Signature Options. */
	signature?: INodeParameters;
	/** How the sandbox signs, as set in NHSJob's dashboard. */
	signing?: Partial<SigningOptions>;
	/** The secret NHSJob generated; the trigger's credential gets the same unless `credentialSecret` differs. */
	secret?: string;
	credentialSecret?: string;
	/** 'test': the editor listens for a test event, and NHSJob's dashboard is given the test URL. */
	listen?: 'test';
}

/**
 * What a user does: put the NHSJob Trigger in a workflow, activate it, and add its production URL and
 * the generated secret in NHSJob's dashboard (here: the sandbox's control API).
 */
export async function connectTrigger(control: SandboxControl, setup: TriggerSetup = {}): Promise<ConnectedTrigger> {
	const secret = setup.secret ?? WEBHOOK_SECRET;
	const trigger = await startWebhookTrigger({
		nodeType: 'nhsJobTrigger',
		parameters: { ...(setup.events && { events: setup.events }), signature: setup.signature ?? {} },
		credentials: { nhsJobWebhookApi: { webhookSecret: setup.credentialSecret ?? secret } },
		listen: setup.listen,
	});
	await trigger.activate();
	const webhook = await control.nhsjobAddWebhook({ url: trigger.urls.default, secret, signing: setup.signing });
	return {
		trigger,
		webhookId: webhook.id,
		emit: async (request) => {
			const result = await control.nhsjobEmitEvent({ ...request, webhookId: webhook.id });
			const started = trigger.deliveries.filter((delivery) => delivery.startedExecution).length;
			await trigger.waitForExecutions(started);
			return result;
		},
		runs: () => trigger.executions,
		close: async () => await trigger.close(),
	};
}
