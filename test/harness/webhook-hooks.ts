import { HookContext } from 'n8n-core';
import type { IHookFunctions, WebhookSetupMethodNames, WorkflowActivateMode, WorkflowExecuteMode } from 'n8n-workflow';

import type { HarnessWebhook } from './webhook-descriptions';
import { toWebhookData } from './webhook-descriptions';
import type { TriggerWorkflow } from './trigger-workflow';

type WebhookSetupMethod = (this: IHookFunctions) => Promise<boolean>;

/**
 * n8n's activation (ActiveWorkflowManager.addWebhooks): per webhook, checkExists, then create when it is falsy.
 * If one fails, n8n removes all the workflow's webhooks again (calling delete) and rethrows.
 */
export async function activateWebhooks(trigger: TriggerWorkflow, webhooks: HarnessWebhook[]): Promise<void> {
	try {
		for (const webhook of webhooks) {
			// n8n's TestWebhooks registers a test event's webhooks in mode 'manual'.
			const [mode, activation]: [WorkflowExecuteMode, WorkflowActivateMode] = trigger.isTest ? ['manual', 'manual'] : ['trigger', 'activate'];
			const exists = await runWebhookMethod('checkExists', trigger, webhook, mode, activation);
			if (!exists) await runWebhookMethod('create', trigger, webhook, mode, activation);
		}
	} catch (error) {
		await deactivateWebhooks(trigger, webhooks).catch(() => {});
		throw error;
	}
}

/** n8n's deactivation (ActiveWorkflowManager.clearWebhooks): delete, per webhook, in 'internal' mode. */
export async function deactivateWebhooks(trigger: TriggerWorkflow, webhooks: HarnessWebhook[]): Promise<void> {
	for (const webhook of webhooks) {
		await runWebhookMethod('delete', trigger, webhook, 'internal', 'update');
	}
}

// As n8n's WebhookService.runWebhookMethod: the methods are looked up by the webhook description's name.
async function runWebhookMethod(
	method: WebhookSetupMethodNames,
	trigger: TriggerWorkflow,
	webhook: HarnessWebhook,
	mode: WorkflowExecuteMode,
	activation: WorkflowActivateMode,
): Promise<boolean | undefined> {
	const methods = trigger.nodeType.webhookMethods as
		| Record<string, Partial<Record<WebhookSetupMethodNames, WebhookSetupMethod>> | undefined>
		| undefined;
	const webhookMethod = methods?.[webhook.name]?.[method];
	if (!webhookMethod) return undefined;

	const additionalData = trigger.additionalData(mode);
	const webhookData = toWebhookData(webhook, trigger, additionalData);
	const context = new HookContext(trigger.workflow, trigger.node, additionalData, mode, activation, webhookData);
	return await webhookMethod.call(context);
}
