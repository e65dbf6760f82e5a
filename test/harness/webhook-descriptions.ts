import type {
	IHttpRequestMethods,
	IWebhookData,
	IWebhookDescription,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import type { TriggerWorkflow } from './trigger-workflow';

/** One production webhook of the trigger: a webhook description and one of its HTTP methods. */
export interface HarnessWebhook {
	name: string;
	httpMethod: IHttpRequestMethods;
	/** The path after `/webhook/`, e.g. `<webhookId>/candidate`; `:name` segments are path parameters. */
	path: string;
	/** The production URL, exactly as the node's `getNodeWebhookUrl(name)` returns it. */
	url: string;
	description: IWebhookDescription;
}

/** The node's webhooks (production, or test ones when listening for a test event), resolved the way n8n's WebhookService.getNodeWebhooks does. */
export function resolveWebhooks(trigger: TriggerWorkflow): HarnessWebhook[] {
	const { workflow, node, nodeType, webhookBaseUrl } = trigger;
	const resolve = (value: string | boolean | undefined, fallback?: string | boolean) =>
		workflow.expression.getSimpleParameterValue(node, value, 'internal', {}, undefined, fallback);

	const webhooks: HarnessWebhook[] = [];
	for (const description of nodeType.description.webhooks ?? []) {
		// Restart webhooks belong to waiting executions, not to an active workflow.
		if (resolve(description.restartWebhook, false) === true) continue;
		const resolvedPath = resolve(description.path);
		if (resolvedPath === undefined) continue;
		const rawPath = String(resolvedPath);
		const isFullPath = resolve(description.isFullPath, false) === true;
		const path = NodeHelpers.getNodeWebhookPath(workflow.id, node, trimSlashes(rawPath), isFullPath, false);
		const url = NodeHelpers.getNodeWebhookUrl(webhookBaseUrl, workflow.id, node, rawPath, isFullPath);
		const methods = String(resolve(description.httpMethod, 'GET')).split(',');
		for (const method of methods.map((entry) => entry.trim()).filter(Boolean)) {
			webhooks.push({ name: description.name, httpMethod: method as IHttpRequestMethods, path, url, description });
		}
	}
	return webhooks;
}

/** The IWebhookData n8n hands to HookContext and WebhookContext for this webhook. */
export function toWebhookData(
	webhook: HarnessWebhook,
	trigger: TriggerWorkflow,
	additionalData: IWorkflowExecuteAdditionalData,
): IWebhookData {
	return {
		httpMethod: webhook.httpMethod,
		node: trigger.node.name,
		path: webhook.path,
		webhookDescription: webhook.description,
		workflowId: trigger.workflow.id,
		workflowExecuteAdditionalData: additionalData,
		webhookId: trigger.node.webhookId,
		...(trigger.isTest && { isTest: true }),
	};
}

function trimSlashes(path: string): string {
	return path.replace(/^\//, '').replace(/\/$/, '');
}
