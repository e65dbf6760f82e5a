import { NodeOperationError } from 'n8n-workflow';
import type { INode } from 'n8n-workflow';

import type { ApiClient } from '../../shared/transport/apiClient';
import type { CegidEndpoint } from '../cegid.api';
import { listSubscriptions, subscribe, type Subscription } from '../transport/subscriptions';

/**
 * Subscribes one event and answers its hook id, without ever leaving a subscription behind whose id the trigger
 * does not know. When Cegid's answer to the creation is lost (no answer, a timeout or a 5xx: Cegid may have saved
 * the subscription all the same), the listing tells: the subscription saved for this event and URL (not one of
 * `knownIds`) is adopted, and only if there is none is the creation sent once more. Where the site offers no
 * listing, nothing can tell, so activation stops with an error naming the subscription to check, rather than
 * creating a second one.
 */
export async function createSubscription(
	client: ApiClient<CegidEndpoint>,
	node: INode,
	wanted: Omit<Subscription, 'hookId'>,
	knownIds: ReadonlySet<string>,
): Promise<string> {
	const first = await subscribe(client, node, wanted).then(
		(created) => ({ hookId: created.hookId }),
		(error: unknown) => ({ error }),
	);
	if ('hookId' in first) return first.hookId;
	if (!answerMayBeLost(first.error)) throw first.error;
	const listed = await listSubscriptions(client, node);
	if (listed === undefined) throw lostWithoutListing(node, wanted, first.error);
	const saved = listed.find((hook) => hook.event === wanted.event && hook.callbackUrl === wanted.callbackUrl && !knownIds.has(hook.hookId));
	if (saved) return saved.hookId;
	return (await subscribe(client, node, wanted)).hookId;
}

/** No answer, a timeout or a server error: the creation may have been saved. A 4xx answer means it was refused. */
function answerMayBeLost(error: unknown): boolean {
	const status = Number((error as { httpCode?: unknown }).httpCode);
	return !Number.isFinite(status) || status === 0 || status === 408 || status >= 500;
}

function lostWithoutListing(node: INode, wanted: Omit<Subscription, 'hookId'>, cause: unknown): NodeOperationError {
	const reason = cause instanceof Error ? cause.message : String(cause);
	return new NodeOperationError(node, `Cegid's answer to subscribing "${wanted.event}" was lost, and this Cegid site cannot list its subscriptions`, {
		description:
			`Cegid may have saved the subscription (event ${wanted.event}, callback ${wanted.callbackUrl}) without the trigger learning its hook ID (${reason}). ` +
			'To avoid a second subscription for the same event, activation stopped. Ask your Cegid consultant to remove any subscription of this client for that callback URL, then activate the workflow again.',
	});
}
