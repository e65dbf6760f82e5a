import { NodeOperationError } from 'n8n-workflow';
import type { IHookFunctions, IWebhookFunctions } from 'n8n-workflow';

import { EVENT_NAME_RULE, invalidEventNames, splitEventNames } from '../transport/eventNames';

/**
 * Every event the trigger subscribes and accepts: those chosen in Events plus those typed in Other Events, each
 * once. Refuses names that cannot be event names, and an empty selection, so activation fails with a clear message.
 */
export function selectedEvents(context: IHookFunctions | IWebhookFunctions): string[] {
	const chosen = context.getNodeParameter('events', []) as string[];
	const typed = splitEventNames(String(context.getNodeParameter('otherEvents', '') ?? ''));
	const invalid = invalidEventNames(typed);
	if (invalid.length > 0) {
		throw new NodeOperationError(context.getNode(), `Other Events: ${invalid.map((name) => `"${name}"`).join(', ')} ${invalid.length === 1 ? 'is not an event name' : 'are not event names'}`, {
			description: `Event names use ${EVENT_NAME_RULE}; separate them with commas.`,
		});
	}
	const events = [...new Set([...chosen, ...typed])];
	if (events.length === 0) {
		throw new NodeOperationError(context.getNode(), 'Choose at least one event in Events, or type one in Other Events');
	}
	return events;
}
