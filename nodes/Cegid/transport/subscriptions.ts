import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, INode, JsonObject } from 'n8n-workflow';

import type { ApiClient } from '../../shared/transport/apiClient';
import type { CegidEndpoint } from '../cegid.api';
import { isObject, requireList } from './asList';
import { idText } from './idParameter';

export interface Subscription {
	hookId: string;
	event: string;
	callbackUrl: string;
	pingUrl?: string;
}

/** Statuses meaning the provider has no list of subscriptions to offer. */
const LISTING_UNSUPPORTED = new Set(['404', '405', '501']);

/** `POST /api/system/v1/webhooks`; the hook id comes as `{hookId}` (documented) or `{data: {hookId}}` (seen in production). */
export async function subscribe(
	client: ApiClient<CegidEndpoint>,
	node: INode,
	subscription: Omit<Subscription, 'hookId'>,
	itemIndex?: number,
): Promise<Subscription> {
	const answer = await client.request<unknown>('webhookCreate', { body: { ...subscription }, itemIndex });
	const hookId = hookIdOf(answer);
	if (hookId === undefined) {
		throw new NodeOperationError(node, 'Cegid accepted the subscription but answered without a hookId', {
			itemIndex,
			description: `The answer was: ${JSON.stringify(answer).slice(0, 300)}. Delete the subscription in Cegid by hand if it exists.`,
		});
	}
	return { hookId, ...subscription };
}

/** `DELETE /api/system/v1/webhooks/{hookId}`; a subscription Cegid no longer knows counts as removed. */
export async function unsubscribe(
	client: ApiClient<CegidEndpoint>,
	node: INode,
	hookId: string,
	itemIndex?: number,
): Promise<'deleted' | 'alreadyGone'> {
	try {
		await client.request('webhookDelete', { pathParams: { hookId }, itemIndex });
		return 'deleted';
	} catch (error) {
		if ((error as { httpCode?: string }).httpCode === '404') return 'alreadyGone';
		throw new NodeApiError(node, error as JsonObject);
	}
}

/** The subscriptions of this client, or undefined when Cegid offers no listing (the listing is assumed). */
export async function listSubscriptions(client: ApiClient<CegidEndpoint>, node: INode, itemIndex?: number): Promise<Subscription[] | undefined> {
	let answer: unknown;
	try {
		answer = await client.request<unknown>('webhookList', { itemIndex });
	} catch (error) {
		if (LISTING_UNSUPPORTED.has(String((error as { httpCode?: string }).httpCode))) return undefined;
		throw new NodeApiError(node, error as JsonObject);
	}
	return requireList(client, 'webhookList', answer, itemIndex).flatMap((entry) => {
		const hookId = hookIdOf(entry);
		if (hookId === undefined) return [];
		return [{ hookId, event: String(entry.event ?? ''), callbackUrl: String(entry.callbackUrl ?? ''), pingUrl: optionalText(entry.pingUrl) }];
	});
}

function hookIdOf(answer: unknown): string | undefined {
	if (!isObject(answer)) return undefined;
	const direct = idText(answer.hookId ?? answer.id);
	if (direct !== undefined) return direct;
	return isObject(answer.data) ? hookIdOf(answer.data as IDataObject) : undefined;
}

function optionalText(value: unknown): string | undefined {
	return typeof value === 'string' && value !== '' ? value : undefined;
}
