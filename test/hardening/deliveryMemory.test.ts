import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { DeliveryMemory, deliveryDigest } from '../../nodes/shared/deliveryMemory';

/**
 * n8n runs a node's test webhook (mode 'manual') and its production webhook in the same process, with the same
 * workflow and node: this is the part of n8n's webhook context the memory reads, for one workflow and node.
 */
function webhookContext(mode: 'manual' | 'webhook', staticData: IDataObject): IWebhookFunctions {
	return {
		getWorkflow: () => ({ id: 'wf-memory-modes', active: true }),
		getNode: () => ({ id: 'node-memory-modes', name: 'NHSJob Trigger' }),
		getWorkflowStaticData: () => staticData,
		getMode: () => mode,
	} as unknown as IWebhookFunctions;
}

describe('delivery memory and test events', () => {
	it('an event received while the editor listens for a test event is still started in production', () => {
		const key = deliveryDigest('nhsjob-event-id', `evt-${Date.now()}-a`);
		const now = Date.now();
		const production: IDataObject = {};
		expect(new DeliveryMemory(webhookContext('manual', {})).claim(key, now, now + 60_000)).toBe(true);
		expect(new DeliveryMemory(webhookContext('webhook', production)).claim(key, now, now + 60_000)).toBe(true);
		// Each mode still refuses its own repeat.
		expect(new DeliveryMemory(webhookContext('webhook', production)).claim(key, now, now + 60_000)).toBe(false);
		expect(new DeliveryMemory(webhookContext('manual', {})).claim(key, now, now + 60_000)).toBe(false);
	});

	it('a test event leaves the workflow’s static data alone; production remembers there', () => {
		const key = deliveryDigest('nhsjob-event-id', `evt-${Date.now()}-b`);
		const now = Date.now();
		const staticData: IDataObject = {};
		new DeliveryMemory(webhookContext('manual', staticData)).claim(key, now, now + 60_000);
		expect(staticData).toEqual({});
		new DeliveryMemory(webhookContext('webhook', staticData)).claim(key, now, now + 60_000);
		expect(staticData.seenDeliveries).toEqual({ [key]: now + 60_000 });
	});
});
