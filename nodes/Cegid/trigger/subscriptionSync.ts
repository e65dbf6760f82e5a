import type { IDataObject, IHookFunctions } from 'n8n-workflow';

import { ApiClient } from '../../shared/transport/apiClient';
import { cegid, type CegidEndpoint } from '../cegid.api';
import { listSubscriptions, unsubscribe } from '../transport/subscriptions';
import { createSubscription } from './createSubscription';
import { selectedEvents } from './selectedEvents';

/** What the trigger keeps in the workflow's static data between activations. */
interface TriggerState extends IDataObject {
	callbackUrl?: string;
	/** Hook id per subscribed event. */
	hooks?: Record<string, string>;
}

interface Target {
	client: ApiClient<CegidEndpoint>;
	state: TriggerState;
	callbackUrl: string;
	pingUrl: string;
}

function targetOf(context: IHookFunctions): Target {
	const callbackUrl = context.getNodeWebhookUrl('default') ?? '';
	return {
		client: new ApiClient(context, cegid),
		state: context.getWorkflowStaticData('node') as TriggerState,
		callbackUrl,
		pingUrl: context.getNodeWebhookUrl('setup') ?? callbackUrl,
	};
}

/**
 * True when Cegid still holds exactly one subscription per selected event for this trigger's URL.
 * Without a listing from Cegid (it is not published), the stored hook ids are trusted.
 */
export async function subscriptionsExist(context: IHookFunctions): Promise<boolean> {
	const { client, state, callbackUrl } = targetOf(context);
	const events = selectedEvents(context);
	const hooks = state.hooks ?? {};
	if (state.callbackUrl !== callbackUrl) return false;
	if (events.some((event) => !hooks[event]) || Object.keys(hooks).some((event) => !events.includes(event))) return false;
	const listed = await listSubscriptions(client, context.getNode());
	if (listed === undefined) return true;
	const ours = listed.filter((subscription) => subscription.callbackUrl === callbackUrl);
	const allPresent = Object.entries(hooks).every(([event, hookId]) => ours.some((hook) => hook.hookId === hookId && hook.event === event));
	return allPresent && ours.length === Object.keys(hooks).length;
}

/**
 * Brings Cegid to one subscription per selected event: keeps those that still exist, re-creates the
 * ones that vanished, and removes duplicates and events no longer selected, so activating again
 * never leaves extra subscriptions behind. Hook ids are stored as soon as each one exists; a creation whose answer
 * was lost is resolved before going on (see createSubscription).
 */
export async function syncSubscriptions(context: IHookFunctions): Promise<boolean> {
	const { client, state, callbackUrl, pingUrl } = targetOf(context);
	const events = selectedEvents(context);
	const node = context.getNode();
	const stored = state.hooks ?? {};
	const listed = await listSubscriptions(client, node);
	const kept: Record<string, string> = {};

	if (listed) {
		const ours = listed.filter((subscription) => subscription.callbackUrl === callbackUrl);
		for (const event of events) {
			const reusable = ours.find((hook) => hook.event === event && hook.hookId === stored[event]) ?? ours.find((hook) => hook.event === event);
			if (reusable) kept[event] = reusable.hookId;
		}
		const keptIds = new Set(Object.values(kept));
		const leftovers = [...ours, ...listed.filter((hook) => Object.values(stored).includes(hook.hookId))];
		for (const hookId of new Set(leftovers.map((hook) => hook.hookId))) {
			if (!keptIds.has(hookId)) await unsubscribe(client, node, hookId);
		}
	} else {
		for (const hookId of Object.values(stored)) await unsubscribe(client, node, hookId);
	}

	state.callbackUrl = callbackUrl;
	state.hooks = { ...kept };
	for (const event of events) {
		if (kept[event]) continue;
		const hookId = await createSubscription(client, node, { event, callbackUrl, pingUrl }, new Set(Object.values(state.hooks)));
		state.hooks = { ...state.hooks, [event]: hookId };
	}
	return true;
}

/** Removes every subscription of this trigger, including any Cegid lists for its URL that were not stored. */
export async function removeSubscriptions(context: IHookFunctions): Promise<boolean> {
	const { client, state, callbackUrl } = targetOf(context);
	const node = context.getNode();
	const hookIds = new Set(Object.values(state.hooks ?? {}));
	const listed = await listSubscriptions(client, node);
	for (const hook of listed ?? []) if (hook.callbackUrl === (state.callbackUrl ?? callbackUrl)) hookIds.add(hook.hookId);
	for (const hookId of hookIds) await unsubscribe(client, node, hookId);
	delete state.hooks;
	delete state.callbackUrl;
	return true;
}
