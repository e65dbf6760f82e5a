import type { HarnessWebhook } from './webhook-descriptions';

export interface WebhookRoute {
	webhook: HarnessWebhook;
	/** Values of the webhook path's `:name` segments. */
	params: Record<string, string>;
}

/** Finds the webhook for a request to `/webhook/<path>`, as n8n's live webhooks do (static paths first). */
export function findWebhookRoute(
	webhooks: HarnessWebhook[],
	method: string,
	pathname: string,
): WebhookRoute | undefined {
	const requested = decodeSegments(pathname);
	if (!requested) return undefined;
	const candidates = webhooks.filter((webhook) => webhook.httpMethod === method);

	const staticMatch = candidates.find((webhook) => webhook.path === requested.join('/'));
	if (staticMatch) return { webhook: staticMatch, params: {} };
	for (const webhook of candidates) {
		const params = matchDynamicPath(webhook.path.split('/'), requested);
		if (params) return { webhook, params };
	}
	return undefined;
}

function matchDynamicPath(pattern: string[], requested: string[]): Record<string, string> | undefined {
	if (pattern.length !== requested.length || !pattern.some((segment) => segment.startsWith(':'))) return undefined;
	const params: Record<string, string> = {};
	for (const [index, segment] of pattern.entries()) {
		if (segment.startsWith(':')) params[segment.slice(1)] = requested[index];
		else if (segment !== requested[index]) return undefined;
	}
	return params;
}

function decodeSegments(pathname: string): string[] | undefined {
	try {
		return pathname.replace(/\/$/, '').split('/').map(decodeURIComponent);
	} catch {
		return undefined;
	}
}
