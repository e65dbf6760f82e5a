import { startCegid, type CegidFixture } from './fixture';

let cegid: CegidFixture;
beforeAll(async () => {
	cegid = await startCegid({ vacancies: 1, candidates: 1 });
});
afterAll(async () => await cegid.close());

describe('Cegid webhooks managed by hand', () => {
	it('creates, lists and deletes a subscription', async () => {
		const created = await cegid.run({
			resource: 'webhook',
			operation: 'create',
			event: 'vacancy_status',
			callbackUrl: 'https://example.com/cegid/events',
			pingUrl: 'https://example.com/cegid/ping',
		});
		const hookId = String(created.items[0].json.hookId);
		expect(await cegid.control.cegidWebhooks()).toEqual([
			expect.objectContaining({ hookId, event: 'vacancy_status', callbackUrl: 'https://example.com/cegid/events', pingUrl: 'https://example.com/cegid/ping' }),
		]);
		const listed = await cegid.run({ resource: 'webhook', operation: 'getAll', returnAll: true });
		expect(listed.items.map((item) => item.json)).toEqual([
			{ hookId, event: 'vacancy_status', callbackUrl: 'https://example.com/cegid/events', pingUrl: 'https://example.com/cegid/ping' },
		]);
		const deleted = await cegid.run({ resource: 'webhook', operation: 'delete', hookId });
		expect(deleted.items[0].json).toEqual({ hookId, deleted: true, alreadyGone: false });
		expect(await cegid.control.cegidWebhooks()).toEqual([]);
		const again = await cegid.run({ resource: 'webhook', operation: 'delete', hookId });
		expect(again.items[0].json).toEqual({ hookId, deleted: false, alreadyGone: true });
	});

	it('reads the hook id in both the documented and the production answer shape', async () => {
		for (const hookIdEnvelope of [false, true]) {
			await cegid.control.config({ cegid: { hookIdEnvelope } });
			const created = await cegid.run({ resource: 'webhook', operation: 'create', event: 'vacancy_new', callbackUrl: 'https://example.com/a', pingUrl: 'https://example.com/b' });
			const stored = await cegid.control.cegidWebhooks();
			expect(created.items[0].json.hookId).toBe(stored[stored.length - 1].hookId);
		}
	});

	it('refuses a callback URL that is not one before any request', async () => {
		await cegid.control.clearRequests();
		const result = await cegid.run({ resource: 'webhook', operation: 'create', event: 'vacancy_new', callbackUrl: 'example.com/events', pingUrl: 'https://example.com/ping' });
		expect(result.error?.message).toBe('Invalid input in item 0: "Callback URL" (callbackUrl) must be a full URL starting with https://, e.g. https://example.com/cegid/events');
		expect(await cegid.control.requests('cegid')).toEqual([]);
	});

	it('subscribes an event typed under Other, beyond the dropdown', async () => {
		const created = await cegid.run({ resource: 'webhook', operation: 'create', event: '__custom', customEvent: ' applicant_status ', callbackUrl: 'https://example.com/c', pingUrl: 'https://example.com/p' });
		expect(created.error).toBeUndefined();
		const stored = await cegid.control.cegidWebhooks();
		expect(stored.find((hook) => hook.hookId === created.items[0].json.hookId)?.event).toBe('applicant_status');
	});

	it('refuses a typed event name that is not one, before any request', async () => {
		await cegid.control.clearRequests();
		const result = await cegid.run({ resource: 'webhook', operation: 'create', event: '__custom', customEvent: 'Applicant Status', callbackUrl: 'https://example.com/c', pingUrl: 'https://example.com/p' });
		expect(result.error?.message).toBe('Invalid "Event Name" in item 0: "Applicant Status" is not an event name');
		expect(await cegid.control.requests('cegid')).toEqual([]);
	});
});
